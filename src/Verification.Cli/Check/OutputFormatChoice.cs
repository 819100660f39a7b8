using System.CommandLine;

namespace Verification.Cli.Check;

/// <summary>The one place an <see cref="OutputFormat"/> is asked for and picks among a command's writers (check, explain).</summary>
internal static class OutputFormatChoice
{
    /// <summary>The <c>--format</c> option: text (the default), markdown, latex or json; <paramref name="description"/> says what it prints.</summary>
    public static Option<OutputFormat> Option(string description) => new("--format")
    {
        Description = description,
        HelpName = "text|markdown|latex|json",
        DefaultValueFactory = static _ => OutputFormat.Text,
    };

    /// <summary>The writer for <paramref name="format"/>: text unless it names Markdown, LaTeX or JSON.</summary>
    public static T Choose<T>(this OutputFormat format, T text, T markdown, T latex, T json) => format switch
    {
        OutputFormat.Markdown => markdown,
        OutputFormat.Latex => latex,
        OutputFormat.Json => json,
        _ => text,
    };
}
