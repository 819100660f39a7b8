namespace Verification.Symbolic.Scaling;

/// <summary>
/// The softmax identity set stated once for every n, as a user would type it: the families of
/// <see cref="SoftmaxIdentitySet"/> plus J = diag(s) − ssᵀ entrywise, the quadratic form xᵀJx,
/// log-softmax and the logsumexp gradient; seed 002's diagonal formula is the one false claim.
/// </summary>
internal static class GeneralIdentitySet
{
    public static IReadOnlyList<ClaimFamilySpec> All { get; } =
    [
        new("Jacobian entries", "for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, i) * (delta(i, j) - softmax(z, j))", Expected.Proved),
        new("J = diag(s) − ssᵀ", "for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == delta(i, j) * softmax(z, i) - softmax(z, i) * softmax(z, j)", Expected.Proved),
        new("Jacobian symmetric", "for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == diff(softmax(z, j), z[i])", Expected.Proved),
        new("rows of J sum to 0", "for all n >= 1, j in 0..n-1: sum(i in 0..n-1: diff(softmax(z, i), z[j])) == 0", Expected.Proved),
        new(
            "xᵀJx",
            "for all n >= 1: sum(i in 0..n-1: sum(j in 0..n-1: x[i] * diff(softmax(z, i), z[j]) * x[j])) == sum(i in 0..n-1: softmax(z, i) * x[i]^2) - sum(i in 0..n-1: softmax(z, i) * x[i])^2",
            Expected.Proved),
        new("rows sum to 1", "for all n >= 1: sum(i in 0..n-1: softmax(z, i)) == 1", Expected.Proved),
        new("shift invariance", "for all n >= 1, i in 0..n-1: softmax(z + c, i) == softmax(z, i)", Expected.Proved),
        new(
            "cross-entropy gradient",
            "for all n >= 1, j in 0..n-1: diff(cross_entropy(z, y), z[j]) == softmax(z, j) - y[j] where sum(k in 0..n-1: y[k]) == 1",
            Expected.Proved),
        new(
            "VJP",
            "for all n >= 1, j in 0..n-1: sum(i in 0..n-1: g[i] * diff(softmax(z, i), z[j])) == softmax(z, j) * (g[j] - sum(i in 0..n-1: softmax(z, i) * g[i]))",
            Expected.Proved),
        new("log-softmax", "for all n >= 1, i in 0..n-1: log_softmax(z, i) == z[i] - logsumexp(z)", Expected.Proved),
        new("logsumexp gradient", "for all n >= 1, i in 0..n-1: diff(logsumexp(z), z[i]) == softmax(z, i)", Expected.Proved),
        new(
            "seed 002 diagonal (wrong)",
            "for all n >= 1, i in 0..n-1: diff(softmax(z, i), z[i]) == exp(z[i]) * sum(j in 0..n-1: (1 - delta(i, j)) * z[j]) / sum(j in 0..n-1: exp(z[j]))^2",
            Expected.Refuted),
    ];
}
