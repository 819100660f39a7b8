using Spectre.Console;
using Verification.Laws.Results;

namespace Verification.Cli.Audit;

/// <summary>
/// The conformance table (law × implementation: ✓ holds, ✗ fails, – not applicable), then the worst
/// counterexample of every failure, shrunk, with the option that replays it. Redirected, the table has a Markdown border so it can be pasted
/// into a document as it is.
/// </summary>
internal static class ConformanceTableWriter
{
    public static void Write(Terminal terminal, AuditReport report)
    {
        if (terminal.OutIsTerminal)
        {
            SpectreConsoles.For(terminal.Out, isTerminal: true).Write(Table(report, TableBorder.Rounded));
        }
        else
        {
            foreach (var line in MarkdownTableLines(report))
            {
                terminal.Out.WriteLine(line);
            }
        }

        terminal.Out.WriteLine();
        terminal.Out.WriteLine(Summary(report));
        foreach (var failure in report.Failures)
        {
            terminal.Out.WriteLine();
            terminal.Out.WriteLine($"✗ {failure.LawName} × {failure.ImplementationName}: {failure.FailingCases} of {failure.CasesChecked} cases fail; worst:");
            foreach (var line in CounterexampleText.Lines(failure))
            {
                terminal.Out.WriteLine($"  {line}");
            }
        }
    }

    /// <summary>
    /// The table with a Markdown border as plain lines, trimmed: Spectre pads the Markdown border's empty
    /// top and bottom rows with spaces, which would be trailing blanks in a file.
    /// </summary>
    public static IEnumerable<string> MarkdownTableLines(AuditReport report)
    {
        using var text = new StringWriter();
        SpectreConsoles.For(text, isTerminal: false).Write(Table(report, TableBorder.Markdown));
        return [.. text.ToString().ReplaceLineEndings("\n").Split('\n').Select(static line => line.TrimEnd()).Where(static line => line.Length > 0)];
    }

    /// <summary>"N laws × M implementations (singular for one): h hold, f fail, n not applicable (a kernel is missing)".</summary>
    public static string Summary(AuditReport report)
    {
        var holds = report.Results.Count(static r => r is LawHolds);
        var failures = report.Results.Count(static r => r is LawFails);
        var notApplicable = report.Results.Count(static r => r is LawNotApplicable);
        return $"{report.Laws.Count} law{(report.Laws.Count == 1 ? string.Empty : "s")} × {report.Implementations.Count} implementation{(report.Implementations.Count == 1 ? string.Empty : "s")}: "
            + $"{holds} hold, {failures} fail, {notApplicable} not applicable (a kernel is missing)";
    }

    private static Table Table(AuditReport report, TableBorder border)
    {
        var table = new Table { Border = border };
        table.AddColumn("law");
        foreach (var implementation in report.Implementations)
        {
            table.AddColumn(new TableColumn(Markup.Escape(implementation.Name)).Centered());
        }

        for (var row = 0; row < report.Laws.Count; row++)
        {
            var cells = new List<string> { Markup.Escape(report.Laws[row].Name) };
            for (var column = 0; column < report.Implementations.Count; column++)
            {
                cells.Add(Mark(report.Cell(row, column)));
            }

            table.AddRow([.. cells]);
        }

        return table;
    }

    private static string Mark(LawResult result) => result switch
    {
        LawHolds => "[green]✓[/]",
        LawFails => "[red]✗[/]",
        _ => "[grey]–[/]",
    };
}
