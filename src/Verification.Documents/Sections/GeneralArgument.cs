using Verification.Symbolic;
using Verification.Symbolic.Decision;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Expressions;

namespace Verification.Documents.Sections;

/// <summary>
/// The engine's argument for a claim about every n, as a reader follows it: each case of equal
/// indices with its reduced identity, what each rest symbol R stands for and the verdict on it;
/// the lengths decided as instances; and, for a false claim, the concrete n and point that refute it.
/// Every formula is the engine's (<see cref="GeneralDecision"/>) printed by <see cref="LatexPrinter"/>.
/// </summary>
internal static class GeneralArgument
{
    public static void Write(MarkdownWriter markdown, GeneralChecked result)
    {
        var decision = result.Decision;
        var size = Name(result.Claim.Size);
        markdown.Heading(3, "The argument for every " + MarkdownWriter.Inline(size));
        if (decision.Cases.IsEmpty)
        {
            markdown.Paragraph("The engine could not split the claim into cases, so it has no argument for every length.");
        }
        else
        {
            markdown.Paragraph(
                $"The engine tries no particular {MarkdownWriter.Inline(size)}. It splits on which free indices are equal, names the entries at those positions as symbols, "
                + $"and replaces every sum over the remaining positions by one fresh symbol {MarkdownWriter.Inline(Name("R"))}. The rewriting is exact for every {MarkdownWriter.Inline(size)} at which the case's positions exist "
                + $"(where no position is left, each {MarkdownWriter.Inline(Name("R"))} is 0), so a reduced identity that holds for every value of its symbols, a formal zero, holds for every such {MarkdownWriter.Inline(size)}. "
                + (decision.Cases.Length == 1 ? "Here there is one case." : $"Here there are {Numbers.Whole(decision.Cases.Length)} cases."));
            if (!result.Claim.Hypotheses.IsEmpty)
            {
                // The engine uses a hypothesis by substitution and does not simplify what it substitutes, so a reader would wonder.
                markdown.Paragraph(
                    "The hypothesis is used by substitution: in each case it reads H = 0 with H affine in some symbol s (H = a·s + B, with a a non-zero constant), "
                    + "and s is replaced by s − H/a, which equals s wherever the hypothesis holds. The reduced identity below is the one after that substitution.");
            }
            for (var k = 0; k < decision.Cases.Length; k++)
            {
                WriteCase(markdown, decision.Cases[k], k, decision.Cases.Length, size);
            }
        }

        if (decision.Verdict is Proved && !decision.Instances.IsEmpty)
        {
            markdown.Paragraph(
                $"Below {MarkdownWriter.Inline($"{size} = {decision.GeneralFrom}")}, where the fixed positions the claim mentions are not yet distinct, the engine proves every instance of {Lengths(size, decision)} one by one.");
        }

        if (decision is { Verdict: Refuted refuted, Counterexample: { } counterexample })
        {
            var indices = counterexample.Indices.Select(static index => $"{Name(index.Key)} = {index.Value}").ToList();
            markdown.Paragraph(
                    $"A reduced identity that is not a formal zero proves nothing by itself (the sums behind the {MarkdownWriter.Inline(Name("R"))} symbols may be related), so the engine decides {Lengths(size, decision)} instance by instance. "
                    + $"**Counterexample at {MarkdownWriter.Inline($"{size} = {counterexample.Size}")}**{(indices.Count == 0 ? string.Empty : $", with {MarkdownWriter.Inline(string.Join(",\\ ", indices))}")}: the instance")
                .Display(ClaimMath.Of(counterexample.Instance, "\\overset{?}{=}").Latex)
                .Paragraph($"fails: its sides differ at {VerdictText.Witness(refuted.Witness)}.");
        }
        else if (decision.Verdict is not Proved)
        {
            markdown.Paragraph($"Verdict: {VerdictText.Of(decision.Verdict)}.");
        }
    }

    private static void WriteCase(MarkdownWriter markdown, CaseArgument argument, int index, int count, string size)
    {
        var positions = argument.NamedCount switch
        {
            0 => "it names no position",
            1 => $"it names 1 position, so it occurs for every {MarkdownWriter.Inline($"{size} \\ge 1")}",
            var named => $"it names {Numbers.Whole(named)} distinct positions, so it occurs for every {MarkdownWriter.Inline($"{size} \\ge {named}")}",
        };
        var title = count == 1 ? $"**The only case: {argument.Case}** ({positions})." : $"**Case {index + 1} of {count}: {argument.Case}** ({positions}).";
        if (argument.Reduced is not { } reduced)
        {
            markdown.Paragraph($"{title} Engine: {VerdictText.Of(argument.Verdict)}.");
            return;
        }

        markdown.Paragraph($"{title} The reduced identity:").Display(LatexPrinter.Print(reduced));
        markdown.Bullets(argument.RestSums.Select(RestSum));
        markdown.Paragraph($"Engine: {CaseVerdict(argument.Verdict)}.");
    }

    /// <summary><c>$R_{1} = \sum_{k\ \text{unnamed}} e^{z_{k}}$</c>: the sum over the positions the case does not name.</summary>
    private static string RestSum(RestSum rest)
    {
        var body = LatexPrinter.Print(rest.Body);
        var operand = rest.Body is Add or Subtract or Negate ? $"\\left({body}\\right)" : body;
        var sum = $"{LatexPrinter.Print(rest.Symbol)} = \\sum_{{{Name(rest.Index)}\\ \\text{{unnamed}}}} {operand}";
        return $"{MarkdownWriter.Inline(sum)}, the sum over every position {MarkdownWriter.Inline(Name(rest.Index))} this case does not name";
    }

    /// <summary>The reduced identity's verdict: a formal zero (proved), or why not.</summary>
    private static string CaseVerdict(Verdict verdict) => verdict switch
    {
        Proved proved => $"✓ a formal zero ({proved.Method})",
        Refuted refuted => $"✗ not a formal zero: with the symbols independent, the sides differ at {VerdictText.Witness(refuted.Witness)}",
        _ => VerdictText.Of(verdict),
    };

    private static string Lengths(string size, GeneralDecision decision) =>
        MarkdownWriter.Inline(decision.Instances.Length switch
        {
            1 => $"{size} = {decision.Instances[0]}",
            2 => $"{size} = {decision.Instances[0]}, {decision.Instances[1]}",
            _ => $"{size} = {decision.Instances[0]}, \\ldots, {decision.Instances[^1]}",
        });

    private static string Name(string symbol) => LatexPrinter.Print(new Symbol(symbol));
}
