using Verification.Cli.Check;
using Verification.Symbolic.Explanation;

namespace Verification.Cli.Explain;

/// <summary>
/// What the text, Markdown and LaTeX formats of <c>explain</c> share: per text a heading, then by
/// kind of result the expression's derivation, the claim's verdict and derivation, the family's
/// instances, or the error line. Each format writes only those pieces, in its own notation.
/// </summary>
internal abstract class ExplainDocumentWriter
{
    public void Write(TextWriter output, IReadOnlyList<ExplainReport> reports)
    {
        foreach (var report in reports)
        {
            Heading(output, report);
            switch (report.Result)
            {
                case ExpressionExplained expression:
                    Expression(output, expression.Explanation);
                    break;
                case ClaimExplained claim:
                    Claim(output, claim);
                    break;
                case FamilyExplained family:
                    Family(output, family);
                    break;
                default:
                    Error(output, ExplainWords.Error(report.Result));
                    break;
            }

            EndOfReport(output);
        }
    }

    /// <summary>What stands before a text's explanation: its line number and the text or its outcome.</summary>
    protected abstract void Heading(TextWriter output, ExplainReport report);

    /// <summary>An expression's derivation and result.</summary>
    protected abstract void Expression(TextWriter output, ExplainedExpression explanation);

    /// <summary>A claim's verdict, what was written against what the left side is, and the derivation.</summary>
    protected abstract void Claim(TextWriter output, ClaimExplained claim);

    /// <summary>A family: by default each instance under a heading of its indices, then as a claim.</summary>
    protected virtual void Family(TextWriter output, FamilyExplained family)
    {
        foreach (var instance in family.Instances)
        {
            InstanceHeading(output, VerdictDescription.Indices(instance.Instance));
            Claim(output, instance.Explained);
        }
    }

    /// <summary>The heading of one instance of a family, given its indices (<c>i = 0, j = 1</c>).</summary>
    protected virtual void InstanceHeading(TextWriter output, string indices)
    {
    }

    /// <summary>The line for a text that has no explanation (<see cref="ExplainWords.Error"/>).</summary>
    protected abstract void Error(TextWriter output, string? error);

    /// <summary>What follows every text's explanation; nothing unless a format separates them.</summary>
    protected virtual void EndOfReport(TextWriter output)
    {
    }
}
