namespace Verification.Cli;

/// <summary>
/// Where a command writes: results to <see cref="Out"/>, progress and errors to <see cref="Error"/>.
/// Tests pass string writers; the flags say whether a person is watching, so that colour and live
/// progress are only used on a real terminal and redirected output stays plain text.
/// </summary>
/// <param name="Out">Results (verdicts, tables, JSON).</param>
/// <param name="Error">Progress, warnings and errors.</param>
/// <param name="OutIsTerminal">True when <see cref="Out"/> is an interactive terminal.</param>
/// <param name="ErrorIsTerminal">True when <see cref="Error"/> is an interactive terminal.</param>
public sealed record Terminal(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>The process's console, with redirection detected.</summary>
    public static Terminal FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);

    /// <summary>Plain writers (tests, files): never a terminal.</summary>
    public static Terminal Redirected(TextWriter output, TextWriter error) => new(output, error, false, false);
}
