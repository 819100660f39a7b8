using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace Verification.Documents.Figures;

/// <summary>
/// OxyPlot models with one look (size, fonts, legend) exported to SVG. OxyPlot.Core has no native
/// code; text is measured by <see cref="TextWidthEstimate"/>, so the output is the same on every
/// machine (nothing depends on installed fonts).
/// </summary>
internal static class SvgPlot
{
    private const int Width = 640;
    private const int Height = 400;

    public static PlotModel Model(string title, string xTitle, string yTitle, Axis? yAxis = null, LegendPosition legend = LegendPosition.LeftTop)
    {
        var model = new PlotModel { Title = title, DefaultFont = "sans-serif", DefaultFontSize = 12, Background = OxyColors.White };
        model.Legends.Add(new Legend { LegendPosition = legend, LegendBackground = OxyColor.FromAColor(220, OxyColors.White) });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = xTitle, MajorGridlineStyle = LineStyle.Dot });
        var vertical = yAxis ?? new LinearAxis();
        vertical.Position = AxisPosition.Left;
        vertical.Title = yTitle;
        vertical.MajorGridlineStyle = LineStyle.Dot;
        model.Axes.Add(vertical);
        return model;
    }

    public static LineSeries Line(string title, IEnumerable<(double X, double Y)> points, OxyColor color, LineStyle style = LineStyle.Solid)
    {
        var series = new LineSeries { Title = title, Color = color, LineStyle = style, StrokeThickness = 2 };
        series.Points.AddRange(points.Select(static p => new DataPoint(p.X, p.Y)));
        return series;
    }

    public static ScatterSeries Markers(string title, IEnumerable<(double X, double Y)> points, OxyColor color, MarkerType marker)
    {
        var series = new ScatterSeries { Title = title, MarkerFill = color, MarkerType = marker, MarkerSize = 4 };
        series.Points.AddRange(points.Select(static p => new ScatterPoint(p.X, p.Y)));
        return series;
    }

    public static string Export(PlotModel model)
    {
        // The vertical-alignment workaround positions text with dy offsets instead of dominant-baseline,
        // which not every SVG viewer honours.
        var svg = SvgExporter.ExportToString(model, Width, Height, isDocument: true, textMeasurer: new TextWidthEstimate(), useVerticalTextAlignmentWorkaround: true);
        return svg.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }

    /// <summary>x from <paramref name="from"/> to <paramref name="to"/> in <paramref name="steps"/> equal steps, exact at both ends.</summary>
    public static IEnumerable<double> Range(double from, double to, int steps) =>
        Enumerable.Range(0, steps + 1).Select(k => from + ((to - from) * k / steps));
}
