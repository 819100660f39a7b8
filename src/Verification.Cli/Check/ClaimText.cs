namespace Verification.Cli.Check;

/// <summary>How a claim's text is shown: one line, whatever line continuations the file used.</summary>
internal static class ClaimText
{
    /// <summary>Joins continued lines (a trailing <c>\</c>) with single spaces and trims each line.</summary>
    public static string OneLine(string text)
    {
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal)
            .Split('\n')
            .Select(static line => line.Trim())
            .Select(static line => line.EndsWith('\\') ? line[..^1].TrimEnd() : line)
            .Where(static line => line.Length > 0);
        return string.Join(' ', lines);
    }
}
