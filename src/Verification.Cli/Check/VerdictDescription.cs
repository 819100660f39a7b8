using Verification.Symbolic;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Check;

/// <summary>
/// A report in words: a headline (<c>proved: …</c>, <c>refuted: …</c>) and the evidence below it
/// (witness values, solution families). The text and Markdown formats print the same words.
/// </summary>
/// <param name="Headline">The verdict and its method, witness point or reason, in one line.</param>
/// <param name="Details">Further lines of evidence, in order.</param>
internal sealed record VerdictDescription(string Headline, IReadOnlyList<string> Details)
{
    /// <summary>Significant digits shown of left − right when the sides print alike.</summary>
    private const int DifferenceDigits = 6;

    public static VerdictDescription Of(ClaimReport report) => report.Result switch
    {
        ParseFailed failed => new($"error: {failed.Error}", []),
        CheckFailed failed => new($"error: {failed.Message}", []),
        IdentityChecked identity => OfVerdict(identity.Verdict, string.Empty),
        FamilyChecked family => OfFamily(family),
        GeneralChecked general => OfGeneral(general),
        EquivalenceChecked equivalence => OfEquivalence(equivalence.Result),
        _ => throw new InvalidOperationException($"unexpected result {report.Result.GetType().Name}"),
    };

    /// <summary><c>x0 = 1/2, x1 = -1/3</c>.</summary>
    public static string Point(Witness witness) =>
        string.Join(", ", witness.Point.Select(static entry => $"{entry.Key} = {RationalText.Exact(entry.Value)}"));

    /// <summary><c>i = 1, j = 0</c>.</summary>
    public static string Indices(ClaimInstance instance) =>
        string.Join(", ", instance.Indices.Select(static index => $"{index.Key} = {index.Value}"));

    /// <summary><c>w0 = v00 - v10, b = c0 - c1; free: t; provided: a - b = 0</c>.</summary>
    public static string Family(SolutionFamily family)
    {
        var parts = new List<string>
        {
            family.Assignments.IsEmpty
                ? "every value of the unknowns"
                : string.Join(", ", family.Assignments.Select(static a => $"{a.Unknown.Name} = {PlainTextPrinter.Print(a.Value)}")),
        };
        if (!family.FreeUnknowns.IsEmpty)
        {
            parts.Add($"free: {string.Join(", ", family.FreeUnknowns.Select(static s => s.Name))}");
        }

        if (!family.Conditions.IsEmpty)
        {
            parts.Add($"provided: {string.Join(", ", family.Conditions.Select(static c => $"{PlainTextPrinter.Print(c)} == 0"))}");
        }

        return string.Join("; ", parts);
    }

    private static VerdictDescription OfVerdict(Verdict verdict, string where) => verdict switch
    {
        Proved proved => new($"proved{where}: {proved.Method}", []),
        Refuted refuted => new(
            refuted.Witness.Point.IsEmpty
                ? $"refuted{where}: the sides differ (they have no free symbols)"
                : $"refuted{where}: the sides differ at {Point(refuted.Witness)}",
            WitnessLines(refuted.Witness)),
        Unknown unknown => new($"unknown{where}: {unknown.Reason}", []),
        _ => throw new InvalidOperationException($"unexpected verdict {verdict.GetType().Name}"),
    };

    private static List<string> WitnessLines(Witness witness)
    {
        List<string> lines = [$"left  = {witness.Left}", $"right = {witness.Right}"];
        if (string.Equals(witness.Left, witness.Right, StringComparison.Ordinal))
        {
            // The sides agree to every digit shown (a difference like 10⁻⁴⁰), yet their enclosures are disjoint:
            // the enclosure of left − right excludes 0, so its leading digits are certified too.
            var difference = CertifiedDecimal.Of(witness.LeftEnclosure - witness.RightEnclosure, DifferenceDigits);
            lines.Add($"left − right = {difference.Text} (the sides agree to the digits shown above)");
        }

        lines.Add($"(certified: the enclosures of the two sides at {witness.PrecisionBits} bits are disjoint; the digits shown are correctly rounded)");
        return lines;
    }

    private static VerdictDescription OfFamily(FamilyChecked family)
    {
        if (family.Culprit is not { } culprit)
        {
            return OfVerdict(family.Summary, string.Empty);
        }

        var position = family.CulpritPosition!.Value + 1;
        var where = $" at instance {Indices(culprit)} ({position} of {family.Family.Instances.Count})";
        var description = OfVerdict(family.Summary, where);
        return description with { Details = [$"instance: {PlainTextPrinter.Print(culprit.Claim)}", .. description.Details] };
    }

    /// <summary>
    /// The verdict for every n, then the argument: one line per case with its verdict (and the
    /// reduced identity, with what each rest symbol stands for), or the refuting instance.
    /// </summary>
    private static VerdictDescription OfGeneral(GeneralChecked general)
    {
        var decision = general.Decision;
        var size = general.Claim.Size;
        if (decision.Counterexample is { } counterexample && decision.Verdict is Refuted)
        {
            var indices = counterexample.Indices.Select(static index => $", {index.Key} = {index.Value}");
            var refuted = OfVerdict(decision.Verdict, $" at {size} = {counterexample.Size}{string.Concat(indices)}");
            return refuted with { Details = [$"instance: {PlainTextPrinter.Print(counterexample.Instance)}", .. refuted.Details] };
        }

        var description = OfVerdict(decision.Verdict, string.Empty);
        var cases = decision.Cases.SelectMany(static argument => CaseLines(argument));
        return description with { Details = [.. description.Details, .. cases] };
    }

    /// <summary><c>case i ≠ j: proved</c>, then the reduced identity and its rest sums, indented.</summary>
    public static IEnumerable<string> CaseLines(CaseArgument argument)
    {
        var verdict = argument.Verdict switch
        {
            Proved => "formal zero",
            Refuted => "not a formal zero",
            Unknown unknown => $"unknown: {unknown.Reason}",
            _ => throw new InvalidOperationException($"unexpected verdict {argument.Verdict.GetType().Name}"),
        };
        yield return $"case {argument.Case}: {verdict}";
        if (argument.Reduced is { } reduced)
        {
            yield return $"  reduced: {PlainTextPrinter.Print(reduced)}";
        }

        foreach (var rest in argument.RestSums)
        {
            yield return $"  {rest.Symbol.Name} = {rest.Meaning}";
        }
    }

    private static VerdictDescription OfEquivalence(EquivalenceResult result) => result switch
    {
        EquivalenceSolutions solutions => new(
            $"proved: {solutions.Families.Length} solution {(solutions.Families.Length == 1 ? "family" : "families")}",
            [.. solutions.Families.Select(static family => Family(family))]),
        NoEquivalence none => new($"refuted: no values of the unknowns make the sides equal: {none.Reason}", []),
        EquivalenceUnknown unknown => new($"unknown: {unknown.Reason}", []),
        _ => throw new InvalidOperationException($"unexpected result {result.GetType().Name}"),
    };
}
