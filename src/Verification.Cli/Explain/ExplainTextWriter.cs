using Verification.Symbolic.Explanation;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Explain;

/// <summary>
/// Plain text: the derivation as a chain of equalities, one line each with its rule in brackets,
/// then the result and what it is written in; for a claim its verdict first, and for a false claim
/// what was written beside what the left side really equals.
/// </summary>
internal static class ExplainTextWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ExplainReport> reports)
    {
        foreach (var report in reports)
        {
            output.WriteLine($"line {report.Line}: {report.Text}");
            switch (report.Result)
            {
                case ExpressionExplained expression:
                    Steps(output, expression.Explanation.Steps);
                    Result(output, expression.Explanation);
                    break;
                case ClaimExplained claim:
                    Claim(output, claim);
                    break;
                case FamilyExplained family:
                    Family(output, family);
                    break;
                default:
                    output.WriteLine($"  {ExplainWords.Error(report.Result)}");
                    break;
            }
        }
    }

    private static void Claim(TextWriter output, ClaimExplained claim)
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

        Steps(output, claim.Steps);
        Result(output, claim.Left);
    }

    private static void Family(TextWriter output, FamilyExplained family)
    {
        foreach (var instance in family.Instances)
        {
            var indices = string.Join(", ", instance.Instance.Indices.Select(static i => $"{i.Key} = {i.Value}"));
            var verdict = ExplainWords.Verdict(instance.Explained);
            output.WriteLine($"  [{indices}] {verdict.Headline}");
            output.WriteLine($"    left side = {PlainTextPrinter.Print(instance.Explained.Left.Result)}");
            if (ExplainWords.Correction(instance.Explained) is var (wrote, _))
            {
                output.WriteLine($"    you wrote   {wrote}");
            }
        }

        if (FamilyMatrix.Of(family) is { } matrix)
        {
            output.WriteLine($"  the matrix of the left sides, rows {matrix.Row}, columns {matrix.Column}:");
            foreach (var row in matrix.Entries)
            {
                output.WriteLine($"    [ {string.Join(" | ", row.Select(PlainTextPrinter.Print))} ]");
            }
        }

        var first = family.Instances.FirstOrDefault(static i => i.Explained.Outcome != Symbolic.Outcome.Proved) ?? family.Instances[0];
        output.WriteLine($"  derivation of instance {string.Join(", ", first.Instance.Indices.Select(static i => $"{i.Key} = {i.Value}"))}:");
        Steps(output, first.Explained.Steps);
        Result(output, first.Explained.Left);
    }

    private static void Steps(TextWriter output, IReadOnlyList<ExplanationStep> steps)
    {
        for (var k = 0; k < steps.Count; k++)
        {
            var step = steps[k];
            output.WriteLine(k == 0 ? $"    {PlainTextPrinter.Print(step.Expression)}" : $"  = {PlainTextPrinter.Print(step.Expression)}    [{step.Rule}]");
        }
    }

    private static void Result(TextWriter output, ExplainedExpression explanation)
    {
        output.WriteLine($"  result: {PlainTextPrinter.Print(explanation.Result)}");
        output.WriteLine($"    {ExplainWords.ResultNote(explanation)}");
    }
}
