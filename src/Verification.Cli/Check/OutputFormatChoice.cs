namespace Verification.Cli.Check;

/// <summary>The one place an <see cref="OutputFormat"/> picks among a command's writers (check, explain).</summary>
internal static class OutputFormatChoice
{
    /// <summary>The writer for <paramref name="format"/>: text unless it names Markdown, LaTeX or JSON.</summary>
    public static T Choose<T>(this OutputFormat format, T text, T markdown, T latex, T json) => format switch
    {
        OutputFormat.Markdown => markdown,
        OutputFormat.Latex => latex,
        OutputFormat.Json => json,
        _ => text,
    };
}
