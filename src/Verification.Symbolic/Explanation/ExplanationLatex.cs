using System.Text;
using Verification.Symbolic.Printing;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// A derivation typeset in LaTeX: the short names of its outputs, what they stand for, and one
/// <c>aligned</c> block with a line per step and its rule as <c>\text{…}</c> on the right. Kept beside
/// the explainer so the CLI's reports and the generated proofs/ page print derivations one way.
/// </summary>
public static class ExplanationLatex
{
    /// <summary>The names LaTeX output uses: σ spelled <c>sigma</c>, which the printer turns into <c>\sigma</c>.</summary>
    public static Abbreviations Names(ExplainedExpression explanation) => Abbreviations.For(explanation, "sigma");

    /// <summary><c>\begin{aligned} … \end{aligned}</c> for the steps.</summary>
    public static string Aligned(IReadOnlyList<ExplanationStep> steps, Abbreviations names)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(names);
        var text = new StringBuilder("\\begin{aligned}\n");
        for (var k = 0; k < steps.Count; k++)
        {
            var expression = LatexPrinter.Print(names.Apply(steps[k].Expression));
            text.Append(k == 0 ? $"  & {expression}" : $"  &= {expression} && \\text{{{LatexText.Escape(steps[k].Rule)}}}");
            text.Append(k == steps.Count - 1 ? "\n" : " \\\\\n");
        }

        return text.Append("\\end{aligned}").ToString();
    }

    /// <summary><c>s_{0} = \mathrm{softmax}(…)_{0},\; S = …</c>, or null when no names are used.</summary>
    public static string? Where(Abbreviations names) =>
        names is null ? throw new ArgumentNullException(nameof(names))
        : names.Where.Count == 0 ? null : string.Join(",\\; ", names.Where.Select(static w => $"{LatexPrinter.Print(w.Name)} = {LatexPrinter.Print(w.Meaning)}"));
}
