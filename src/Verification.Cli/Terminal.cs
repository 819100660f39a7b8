namespace Verification.Cli;

/// <summary>
/// Where a command writes: results to <see cref="Out"/>, progress and errors to <see cref="Error"/>;
/// and what it reads when told to read standard input (<c>check --file -</c>): <see cref="In"/>.
/// Tests pass string writers; the flags say whether a person is watching, so that colour and live
/// progress are only used on a real terminal and redirected output stays plain text.
/// </summary>
/// <param name="Out">Results (verdicts, tables, JSON).</param>
/// <param name="Error">Progress, warnings and errors.</param>
/// <param name="OutIsTerminal">True when <see cref="Out"/> is an interactive terminal.</param>
/// <param name="ErrorIsTerminal">True when <see cref="Error"/> is an interactive terminal.</param>
public sealed record Terminal(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>Standard input: the process's console input unless a test gives a reader of its own.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>The process's console, with redirection detected.</summary>
    public static Terminal FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected) { In = Console.In };

    /// <summary>Plain writers (tests, files): never a terminal; standard input is empty unless set with <c>with { In = … }</c>.</summary>
    public static Terminal Redirected(TextWriter output, TextWriter error) => new(output, error, false, false);
}
