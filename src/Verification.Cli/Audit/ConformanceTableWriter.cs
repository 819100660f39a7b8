using Spectre.Console;
using Verification.Laws.Results;

namespace Verification.Cli.Audit;

/// <summary>
/// The conformance table (law × implementation: ✓ holds, ✗ fails, – not applicable), then the worst
/// counterexample of every failure. Redirected, the table has a Markdown border so it can be pasted
/// into a document as it is.
/// </summary>
internal static class ConformanceTableWriter
{
    public static void Write(Terminal terminal, AuditReport report)
    {
        var table = new Table { Border = terminal.OutIsTerminal ? TableBorder.Rounded : TableBorder.Markdown };
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

        WriteTable(terminal, table);
        var failures = report.Failures.ToList();
        terminal.Out.WriteLine();
        terminal.Out.WriteLine(Summary(report, failures.Count));
        foreach (var failure in failures)
        {
            terminal.Out.WriteLine();
            terminal.Out.WriteLine($"✗ {failure.LawName} × {failure.ImplementationName}: {failure.FailingCases} of {failure.CasesChecked} cases fail; worst:");
            terminal.Out.WriteLine($"  {failure.Worst.ToString().Replace("\n", "\n  ", StringComparison.Ordinal)}");
        }
    }

    /// <summary>
    /// Redirected, the table is rendered to text and its lines trimmed: Spectre pads the Markdown
    /// border's empty top and bottom rows with spaces, which would be trailing blanks in a file.
    /// </summary>
    private static void WriteTable(Terminal terminal, Table table)
    {
        if (terminal.OutIsTerminal)
        {
            SpectreConsoles.For(terminal.Out, isTerminal: true).Write(table);
            return;
        }

        using var text = new StringWriter();
        SpectreConsoles.For(text, isTerminal: false).Write(table);
        var lines = text.ToString().ReplaceLineEndings("\n").Split('\n').Select(static line => line.TrimEnd()).Where(static line => line.Length > 0);
        foreach (var line in lines)
        {
            terminal.Out.WriteLine(line);
        }
    }

    private static string Mark(LawResult result) => result switch
    {
        LawHolds => "[green]✓[/]",
        LawFails => "[red]✗[/]",
        _ => "[grey]–[/]",
    };

    private static string Summary(AuditReport report, int failures)
    {
        var holds = report.Results.Count(static r => r is LawHolds);
        var notApplicable = report.Results.Count(static r => r is LawNotApplicable);
        return $"{report.Laws.Count} laws × {report.Implementations.Count} implementation{(report.Implementations.Count == 1 ? string.Empty : "s")}: "
            + $"{holds} hold, {failures} fail, {notApplicable} not applicable (a kernel is missing)";
    }
}
