using OxyPlot;

namespace Verification.Documents.Figures;

/// <summary>
/// Measures text for OxyPlot's layout (legend boxes, axis margins, title height) without fonts:
/// a fixed advance per character. Real font metrics would make the SVG depend on the fonts
/// installed on the machine that runs <c>derive</c>; an estimate keeps it byte-for-byte reproducible,
/// and a generous one keeps labels from being clipped by the viewer's font.
/// </summary>
internal sealed class TextWidthEstimate : RenderContextBase
{
    /// <summary>Average advance of a sans-serif character, in ems (DejaVu Sans averages a little under 0.6).</summary>
    private const double Advance = 0.62;

    /// <summary>Line height in ems.</summary>
    private const double LineHeight = 1.25;

    public override OxySize MeasureText(string text, string fontFamily, double fontSize, double fontWeight)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        return new OxySize(lines.Max(static line => line.Length) * Advance * fontSize, lines.Length * LineHeight * fontSize);
    }

    public override void DrawText(ScreenPoint p, string text, OxyColor fill, string fontFamily, double fontSize, double fontWeight, double rotation, HorizontalAlignment halign, VerticalAlignment valign, OxySize? maxSize)
    {
        // Only measures; SvgRenderContext draws.
    }

    public override void DrawLine(IList<ScreenPoint> points, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray, LineJoin lineJoin)
    {
    }

    public override void DrawPolygon(IList<ScreenPoint> points, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray, LineJoin lineJoin)
    {
    }

    public override int ClipCount => 0;

    public override void PushClip(OxyRect clippingRectangle)
    {
    }

    public override void PopClip()
    {
    }
}
