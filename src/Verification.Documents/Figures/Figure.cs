namespace Verification.Documents.Figures;

/// <summary>A picture for a document: its file name under <c>figures/</c>, the alt text and a caption, and the SVG.</summary>
public sealed record Figure(string FileName, string Alt, string Caption, string Svg)
{
    /// <summary>The path a document in the output folder links to.</summary>
    public string RelativePath => $"figures/{FileName}";
}
