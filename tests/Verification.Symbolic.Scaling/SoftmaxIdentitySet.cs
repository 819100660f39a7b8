using System.Globalization;

namespace Verification.Symbolic.Scaling;

/// <summary>
/// The softmax identity set of the scaling table, written as claim text for n classes and read by
/// the parser like any user claim: every Jacobian entry, symmetry, rows of J sum to 0, rows sum to
/// 1, shift invariance, the cross-entropy gradient, the VJP, and seed 002's wrong diagonal formula.
/// </summary>
internal static class SoftmaxIdentitySet
{
    public static IReadOnlyList<ClaimFamilySpec> For(int n)
    {
        var last = n - 1;
        var z = $"[z[0..{last}]]";
        var s = (string index) => $"softmax({z}, {index})";
        var shifted = "[" + string.Join(", ", Enumerable.Range(0, n).Select(k => $"z{k} + c")) + "]";
        var lastTarget = string.Create(CultureInfo.InvariantCulture, $"y{last}");
        var otherTargets = last == 0 ? "0" : $"sum(k in 0..{last - 1}: y[k])";
        return
        [
            new("Jacobian entries", $"for i, j in 0..{last}: diff({s("i")}, z[j]) == {s("i")} * (delta(i, j) - {s("j")})", Expected.Proved),
            new("Jacobian symmetric", $"for i, j in 0..{last}: diff({s("i")}, z[j]) == diff({s("j")}, z[i])", Expected.Proved),
            new("rows of J sum to 0", $"for j in 0..{last}: sum(i in 0..{last}: diff({s("i")}, z[j])) == 0", Expected.Proved),
            new("rows sum to 1", $"sum(i in 0..{last}: {s("i")}) == 1", Expected.Proved),
            new("shift invariance", $"for i in 0..{last}: softmax({shifted}, i) == {s("i")}", Expected.Proved),
            new(
                "cross-entropy gradient",
                $"for j in 0..{last}: diff(cross_entropy({z}, [y[0..{last}]]), z[j]) == {s("j")} - y[j] where {lastTarget} = 1 - {otherTargets}",
                Expected.Proved),
            new(
                "VJP",
                $"for j in 0..{last}: sum(i in 0..{last}: g[i] * diff({s("i")}, z[j])) == {s("j")} * (g[j] - sum(i in 0..{last}: {s("i")} * g[i]))",
                Expected.Proved),
            new(
                "seed 002 diagonal (wrong)",
                $"diff({s("0")}, z0) == exp(z0) * ({(last == 0 ? "0" : $"sum(j in 1..{last}: z[j])")}) / sum(j in 0..{last}: exp(z[j]))^2",
                Expected.Refuted),
        ];
    }
}

internal enum Expected
{
    Proved,
    Refuted,
}

internal sealed record ClaimFamilySpec(string Name, string Text, Expected Expected);
