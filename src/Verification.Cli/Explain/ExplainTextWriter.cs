using Verification.Cli.Check;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Explain;

/// <summary>
/// Plain text: the derivation as a chain of equalities, one line each with its rule in brackets,
/// then the result and what it is written in; for a claim its verdict first, and for a false claim
/// what was written beside what the left side really equals.
/// </summary>
internal sealed class ExplainTextWriter : ExplainDocumentWriter
{
    protected override void Heading(TextWriter output, ExplainReport report) => output.WriteLine($"line {report.Line}: {report.Text}");

    protected override void Expression(TextWriter output, ExplainedExpression explanation)
    {
        var names = Abbreviations.For(explanation);
        Steps(output, explanation.Steps, names);
        Result(output, explanation, names);
    }

    protected override void Error(TextWriter output, string? error) => output.WriteLine($"  {error}");

    protected override void Claim(TextWriter output, ClaimExplained claim)
    {
        var verdict = ExplainWords.Verdict(claim);
        output.WriteLine($"  {verdict.Headline}");
        foreach (var detail in verdict.Details)
        {
            output.WriteLine($"    {detail}");
        }

        if (ExplainWords.Correction(claim) is var (wrote, really))
        {
            output.WriteLine($"  you wrote:          {wrote}");
            output.WriteLine($"  the left side is:   {really}");
            output.WriteLine("  derivation of the left side:");
        }
        else
        {
            output.WriteLine("  derivation, left side to right side:");
        }

        var names = Abbreviations.For(claim.Left);
        Steps(output, claim.Steps, names);
        Result(output, claim.Left, names);
    }

    protected override void Family(TextWriter output, FamilyExplained family)
    {
        var names = Abbreviations.For(family.Instances[0].Explained.Left);
        Where(output, names);
        foreach (var instance in family.Instances)
        {
            var verdict = ExplainWords.Verdict(instance.Explained);
            output.WriteLine($"  [{Indices(instance)}] {verdict.Headline}");
            output.WriteLine($"    left side = {PlainTextPrinter.Print(names.Apply(instance.Explained.Left.Result))}");
            if (instance.Explained.Verdict is not Proved)
            {
                output.WriteLine($"    you wrote   {PlainTextPrinter.Print(names.Apply(instance.Explained.Claim.Right))}");
            }
        }

        if (FamilyMatrix.Of(family) is { } matrix)
        {
            output.WriteLine($"  the matrix of the left sides, rows {matrix.Row}, columns {matrix.Column}:");
            foreach (var row in matrix.Entries)
            {
                output.WriteLine($"    [ {string.Join(" | ", row.Select(e => PlainTextPrinter.Print(names.Apply(e))))} ]");
            }
        }

        var first = family.Instances.FirstOrDefault(static i => i.Explained.Outcome != Symbolic.Outcome.Proved) ?? family.Instances[0];
        output.WriteLine($"  derivation of instance {Indices(first)}:");
        var firstNames = Abbreviations.For(first.Explained.Left);
        Steps(output, first.Explained.Steps, firstNames);
        Result(output, first.Explained.Left, firstNames);
    }

    private static string Indices(InstanceExplained instance) => VerdictDescription.Indices(instance.Instance);

    private static void Where(TextWriter output, Abbreviations names)
    {
        if (names.Where.Count > 0)
        {
            output.WriteLine($"  where {string.Join(", ", names.Where.Select(static w => $"{w.Name.Name} = {PlainTextPrinter.Print(w.Meaning)}"))}");
        }
    }

    private static void Steps(TextWriter output, IReadOnlyList<ExplanationStep> steps, Abbreviations names)
    {
        Where(output, names);
        for (var k = 0; k < steps.Count; k++)
        {
            var line = PlainTextPrinter.Print(names.Apply(steps[k].Expression));
            output.WriteLine(k == 0 ? $"    {line}" : $"  = {line}    [{steps[k].Rule}]");
        }
    }

    private static void Result(TextWriter output, ExplainedExpression explanation, Abbreviations names)
    {
        var full = PlainTextPrinter.Print(explanation.Result);
        var abbreviated = PlainTextPrinter.Print(names.Apply(explanation.Result));
        output.WriteLine($"  result: {abbreviated}");
        if (!string.Equals(full, abbreviated, StringComparison.Ordinal))
        {
            output.WriteLine($"        = {full}");
        }

        output.WriteLine($"    {ExplainWords.ResultNote(explanation)}");
    }
}
