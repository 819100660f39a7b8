using Verification.Symbolic;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Expressions;

namespace Verification.Documents.Sections;

/// <summary>The engine's answers in words and inline math, for any kind of result.</summary>
internal static class VerdictText
{
    /// <summary>"✓ proved (method)", "✗ refuted at x = 3: …", "? unknown: reason".</summary>
    public static string Of(Verdict verdict) => verdict switch
    {
        Proved proved => $"✓ proved ({proved.Method})",
        Refuted refuted => $"✗ refuted at {Witness(refuted.Witness)}",
        Unknown unknown => $"? unknown: {unknown.Reason}",
        _ => throw new ArgumentException($"unexpected verdict {verdict.GetType().Name}", nameof(verdict)),
    };

    /// <summary>The same for an identity, a family or a solve question.</summary>
    public static string Of(CheckResult result) => result switch
    {
        IdentityChecked identity => Of(identity.Verdict),
        FamilyChecked { Culprit: null } family => Of(family.Summary),
        FamilyChecked family => $"{Of(family.Summary)} (instance {ClaimMath.Indices(family.Culprit!)})",
        GeneralChecked { Decision: { Verdict: Refuted, Counterexample: { } counterexample } } general =>
            $"{Of(general.Decision.Verdict)} ({MarkdownWriter.Inline(string.Join(",\\ ", counterexample.Indices.Prepend(new(general.Claim.Size, counterexample.Size)).Select(static i => $"{Name(i.Key)} = {i.Value}")))})",
        GeneralChecked general => Of(general.Decision.Verdict),
        EquivalenceChecked solve => Of(solve.Result),
        ParseFailed failed => $"✗ does not parse: {failed.Error}",
        CheckFailed failed => $"✗ {failed.Message}",
        _ => throw new ArgumentException($"unexpected result {result.GetType().Name}", nameof(result)),
    };

    /// <summary>Like <see cref="Of(CheckResult)"/>, but a proof without its method (stated once elsewhere): "✓ proved", "✓ proved (all 9 instances)".</summary>
    public static string Short(CheckResult result) => result switch
    {
        IdentityChecked { Verdict: Proved } => "✓ proved",
        GeneralChecked { Decision.Verdict: Proved } general => $"✓ proved for every {MarkdownWriter.Inline($"{Name(general.Claim.Size)} \\ge {general.Claim.MinimumSize}")}",
        FamilyChecked { Summary: Proved } family => $"✓ proved (all {Numbers.Whole(family.Verdicts.Length)} instances)",
        _ => Of(result),
    };

    /// <summary>"✓ solved: 1 family of solutions", "✓ no solution: reason", "? unknown: reason".</summary>
    public static string Of(EquivalenceResult result) => result switch
    {
        EquivalenceSolutions solutions => $"✓ solved: {Plural(solutions.Families.Length, "family", "families")} of solutions",
        NoEquivalence none => $"✓ no solution: {none.Reason}",
        EquivalenceUnknown unknown => $"? unknown: {unknown.Reason}",
        _ => throw new ArgumentException($"unexpected result {result.GetType().Name}", nameof(result)),
    };

    /// <summary>The point in inline math and both sides' values: <c>$x = 3$ (left 0.5, right 0.95…)</c>.</summary>
    public static string Witness(Witness witness)
    {
        var point = string.Join(",\\ ", witness.Point.Select(static entry => $"{LatexPrinter.Print(new Symbol(entry.Key))} = {RationalText.ExactLatex(entry.Value)}"));
        return $"{MarkdownWriter.Inline(point)}: left side {witness.Left}, right side {witness.Right}";
    }

    /// <summary>Each family of solutions as one line of LaTeX: assignments, free unknowns, conditions.</summary>
    public static IEnumerable<string> SolutionLines(EquivalenceSolutions solutions) =>
        solutions.Families.Select(static family =>
        {
            var parts = family.Assignments.Select(static a => $"{LatexPrinter.Print(a.Unknown)} = {LatexPrinter.Print(a.Value)}").ToList();
            if (parts.Count == 0)
            {
                parts.Add("\\text{any values}");
            }

            if (!family.FreeUnknowns.IsEmpty)
            {
                parts.Add($"{string.Join(", ", family.FreeUnknowns.Select(static u => LatexPrinter.Print(u)))} \\text{{ free}}");
            }

            parts.AddRange(family.Conditions.Select(static c => $"{LatexPrinter.Print(c)} = 0"));
            return string.Join(",\\quad ", parts);
        });

    private static string Name(string symbol) => LatexPrinter.Print(new Symbol(symbol));

    public static string Plural(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{Numbers.Whole(count)} {many}";
}
