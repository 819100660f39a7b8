namespace Verification.Cli.Check;

/// <summary>How <c>check</c> prints its reports.</summary>
public enum OutputFormat
{
    /// <summary>Plain text for a terminal or a log.</summary>
    Text,

    /// <summary>Markdown with the claims typeset in LaTeX (<c>$$…$$</c>).</summary>
    Markdown,

    /// <summary>A LaTeX fragment: each claim as a display equation with its verdict.</summary>
    Latex,

    /// <summary>One JSON array, one object per claim (the shape is in the README).</summary>
    Json,
}
