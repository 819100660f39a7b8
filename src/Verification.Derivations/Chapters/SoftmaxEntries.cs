using static Verification.Derivations.Chapters.Claims;

namespace Verification.Derivations.Chapters;

/// <summary>
/// Softmax sᵢ = e^(zᵢ)/Σₖ e^(zₖ): it is a distribution, it ignores a common shift, and its Jacobian
/// J = diag(s) − ssᵀ is symmetric, has zero row sums, is positive semi-definite, and multiplies a
/// vector in O(n). Each result is stated for every n (proved by the engine's case argument) and, as
/// worked examples, at n = 3 step by step or for each n = 2..8.
/// </summary>
internal static class SoftmaxEntries
{
    private const string S = "(exp(z0) + exp(z1) + exp(z2))";

    private static GeneralEntry SumsToOneEveryN { get; } = new(
        "softmax-sums-to-one-every-n",
        TheoremFamily.Softmax,
        "Softmax sums to one for every n",
        "Σᵢ sᵢ = 1 for every number of classes n at once: the whole sum is one symbol R₁ = Σₖ e^(zₖ), and the claim reduces to R₁/R₁ = 1.",
        Claim(GeneralClaimTexts.SumsToOne, "Every n"),
        ["softmax-sums-to-one"]);

    private static IdentityEntry SumsToOne { get; } = new(
        "softmax-sums-to-one",
        TheoremFamily.Softmax,
        "Softmax is a probability distribution",
        "Every sᵢ is positive and Σⱼ sⱼ = 1, because the numerators add up to the shared denominator; checked for n = 2..8.",
        ForEachSize(ClaimTexts.SumsToOne));

    private static GeneralEntry ShiftInvarianceEveryN { get; } = new(
        "softmax-shift-invariance-every-n",
        TheoremFamily.Softmax,
        "Softmax ignores a common shift, for every n",
        "softmax(z − c) = softmax(z) for every n and every component i: the other positions contribute e^(−c)·R₁ to the shifted denominator, and e^(−c) cancels as in the n = 3 derivation.",
        Claim(GeneralClaimTexts.ShiftInvariance, "Every n, every component"),
        ["softmax-shift-invariance", "softmax-shift-invariance-all-sizes"]);

    private static Derivation ShiftInvariance { get; } = new(
        "softmax-shift-invariance",
        TheoremFamily.Softmax,
        "Softmax ignores a common shift of the logits",
        "softmax(z − c) = softmax(z) for every real c, so c = max zₖ may be subtracted without changing the result: then every exponent is ≤ 0 (no overflow) and the denominator contains e⁰ = 1 (no division by an underflowed zero). The max trick is exact, not an approximation.",
        Identity("softmax([z0 - c, z1 - c, z2 - c], 0) == softmax([z0, z1, z2], 0)"),
        [
            Step("exp(z0 - c) / (exp(z0 - c) + exp(z1 - c) + exp(z2 - c))", "definition", "Write component 0 of softmax of the shifted logits."),
            Step($"exp(z0) * exp(-c) / ({S} * exp(-c))", "e^(a − c) = e^a·e^(−c)", "Every exponential splits off the same factor e^(−c)."),
            Step($"exp(z0) / {S}", "cancel e^(−c)", "The common factor e^(−c) is never zero, so it cancels."),
            Step("softmax([z0, z1, z2], 0)", "recognise softmax", "This is component 0 of softmax of the original logits."),
        ]);

    private static IdentityEntry ShiftInvarianceForEachSize { get; } = new(
        "softmax-shift-invariance-all-sizes",
        TheoremFamily.Softmax,
        "Shift invariance for every component, n = 2..8",
        "The same cancellation for every component and every n = 2..8.",
        ForEachSize(ClaimTexts.ShiftInvariance));

    private static GeneralEntry JacobianEveryN { get; } = new(
        "softmax-jacobian-every-n",
        TheoremFamily.Softmax,
        "The softmax Jacobian ∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ) for every n",
        "The formula with the Kronecker delta holds for every n: the diagonal case i = j and the off-diagonal case i ≠ j are the two derivations below, with the other n − 1 or n − 2 logits gathered into one symbol.",
        Claim(GeneralClaimTexts.Jacobian, "Every n, every entry"),
        ["softmax-jacobian-diagonal", "softmax-jacobian-off-diagonal", "softmax-jacobian"]);

    private static Derivation JacobianDiagonal { get; } = new(
        "softmax-jacobian-diagonal",
        TheoremFamily.Softmax,
        "A diagonal entry of the softmax Jacobian",
        "The quotient rule gives ∂s₀/∂z₀ = s₀(1 − s₀): the same shape as the sigmoid derivative.",
        Identity("diff(softmax([z0, z1, z2], 0), z0) == softmax([z0, z1, z2], 0) * (1 - softmax([z0, z1, z2], 0))"),
        [
            Step($"diff(exp(z0) / {S}, z0)", "definition", "Write s₀ as e^(z₀)/S with S = e^(z₀) + e^(z₁) + e^(z₂)."),
            Step($"(diff(exp(z0), z0) * {S} - exp(z0) * diff({S}, z0)) / {S}^2", "quotient rule", "(u/v)' = (u'v − uv')/v²."),
            Step($"(exp(z0) * {S} - exp(z0) * exp(z0)) / {S}^2", "derivative of exp", "(e^(z₀))' = e^(z₀), and only the term e^(z₀) of S depends on z₀."),
            Step($"exp(z0) / {S} * (({S} - exp(z0)) / {S})", "factor", "Take e^(z₀)/S out of the numerator (the factored form of seed 001)."),
            Step($"exp(z0) / {S} * (1 - exp(z0) / {S})", "split the fraction", "(S − e^(z₀))/S = 1 − e^(z₀)/S."),
            Step("softmax([z0, z1, z2], 0) * (1 - softmax([z0, z1, z2], 0))", "recognise s₀", "Both fractions e^(z₀)/S are s₀."),
        ]);

    private static Derivation JacobianOffDiagonal { get; } = new(
        "softmax-jacobian-off-diagonal",
        TheoremFamily.Softmax,
        "An off-diagonal entry of the softmax Jacobian",
        "For i ≠ j the numerator e^(zᵢ) does not depend on zⱼ, and the quotient rule gives ∂s₀/∂z₁ = −s₀s₁.",
        Identity("diff(softmax([z0, z1, z2], 0), z1) == -softmax([z0, z1, z2], 0) * softmax([z0, z1, z2], 1)"),
        [
            Step($"diff(exp(z0) / {S}, z1)", "definition", "Write s₀ as e^(z₀)/S."),
            Step($"(diff(exp(z0), z1) * {S} - exp(z0) * diff({S}, z1)) / {S}^2", "quotient rule", "(u/v)' = (u'v − uv')/v²."),
            Step($"(0 * {S} - exp(z0) * exp(z1)) / {S}^2", "derivative of exp", "e^(z₀) does not depend on z₁, and only the term e^(z₁) of S does."),
            Step($"-(exp(z0) / {S}) * (exp(z1) / {S})", "split the fraction", "The numerator is −e^(z₀)·e^(z₁) and the denominator S·S."),
            Step("-softmax([z0, z1, z2], 0) * softmax([z0, z1, z2], 1)", "recognise s₀ and s₁", "e^(z₀)/S = s₀ and e^(z₁)/S = s₁."),
        ]);

    private static IdentityEntry Jacobian { get; } = new(
        "softmax-jacobian",
        TheoremFamily.Softmax,
        "The softmax Jacobian ∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ)",
        "The diagonal and off-diagonal cases in one formula with the Kronecker delta, checked entry by entry for every n = 2..8.",
        ForEachSize(ClaimTexts.Jacobian));

    private static GeneralEntry JacobianMatrixFormEveryN { get; } = new(
        "softmax-jacobian-matrix-form-every-n",
        TheoremFamily.Softmax,
        "J = diag(s) − ssᵀ for every n",
        "Entry by entry, Jᵢⱼ = δᵢⱼsᵢ − sᵢsⱼ for every n: a diagonal matrix minus a rank-one matrix, whatever the number of classes.",
        Claim(GeneralClaimTexts.JacobianMatrixForm, "Every n, every entry"),
        ["softmax-jacobian-matrix-form"]);

    private static IdentityEntry JacobianMatrixForm { get; } = new(
        "softmax-jacobian-matrix-form",
        TheoremFamily.Softmax,
        "J = diag(s) − ssᵀ",
        "Expanding sᵢ(δᵢⱼ − sⱼ) = δᵢⱼsᵢ − sᵢsⱼ: the Jacobian is a diagonal matrix minus a rank-one matrix.",
        ForEachSize(ClaimTexts.JacobianMatrixForm));

    private static GeneralEntry JacobianSymmetryEveryN { get; } = new(
        "softmax-jacobian-symmetric-every-n",
        TheoremFamily.Softmax,
        "The softmax Jacobian is symmetric for every n",
        "∂sᵢ/∂zⱼ = ∂sⱼ/∂zᵢ for every n: on the diagonal both sides are the same entry, off it both are −sᵢsⱼ.",
        Claim(GeneralClaimTexts.JacobianSymmetry, "Every n, every entry"),
        ["softmax-jacobian-symmetric"]);

    private static IdentityEntry JacobianSymmetry { get; } = new(
        "softmax-jacobian-symmetric",
        TheoremFamily.Softmax,
        "The softmax Jacobian is symmetric",
        "∂sᵢ/∂zⱼ = ∂sⱼ/∂zᵢ, since both diag(s) and ssᵀ are symmetric.",
        ForEachSize(ClaimTexts.JacobianSymmetry));

    private static GeneralEntry JacobianRowsSumToZeroEveryN { get; } = new(
        "softmax-jacobian-rows-sum-to-zero-every-n",
        TheoremFamily.Softmax,
        "Rows of the softmax Jacobian sum to zero, for every n",
        "Σⱼ ∂sᵢ/∂zⱼ = 0 for every n and every row i: the sum over j splits into the diagonal term at j = i and the rest, whose entries −sᵢsⱼ add up to −sᵢ·R₁/S.",
        Claim(GeneralClaimTexts.JacobianRowsSumToZero, "Every n, every row"),
        ["softmax-jacobian-rows-sum-to-zero"]);

    private static IdentityEntry JacobianRowsSumToZero { get; } = new(
        "softmax-jacobian-rows-sum-to-zero",
        TheoremFamily.Softmax,
        "Rows of the softmax Jacobian sum to zero",
        "Σⱼ ∂sᵢ/∂zⱼ = sᵢ(1 − Σⱼ sⱼ) = 0: moving every logit together changes nothing (shift invariance), so J·1 = 0.",
        ForEachSize(ClaimTexts.JacobianRowsSumToZero));

    private static GeneralEntry QuadraticFormEveryN { get; } = new(
        "softmax-jacobian-quadratic-form-every-n",
        TheoremFamily.Softmax,
        "xᵀJx = Σ sᵢxᵢ² − (Σ sᵢxᵢ)² for every n",
        "The quadratic form of the Jacobian is E[X²] − E[X]² for every n: with no free index the case split has one case, and the three sums Σ e^(zₖ), Σ xₖe^(zₖ), Σ xₖ²e^(zₖ) become three symbols.",
        Claim(GeneralClaimTexts.QuadraticForm, "Every n"),
        ["softmax-jacobian-quadratic-form"]);

    private static IdentityEntry QuadraticForm { get; } = new(
        "softmax-jacobian-quadratic-form",
        TheoremFamily.Softmax,
        "xᵀJx = Σ sᵢxᵢ² − (Σ sᵢxᵢ)²",
        "The quadratic form of the Jacobian is E[X²] − E[X]² for a variable X taking the value xᵢ with probability sᵢ.",
        ForEachSize(ClaimTexts.QuadraticForm));

    private static GeneralEntry PositiveSemiDefiniteEveryN { get; } = new(
        "softmax-jacobian-positive-semi-definite-every-n",
        TheoremFamily.Softmax,
        "The softmax Jacobian is positive semi-definite, for every n",
        "xᵀJx = Σ sᵢ(xᵢ − m)² with m = Σ sₖxₖ for every n: a variance under the distribution s, so xᵀJx ≥ 0 whatever the number of classes.",
        Claim(GeneralClaimTexts.QuadraticFormIsVariance, "Every n"),
        ["softmax-jacobian-positive-semi-definite"]);

    private static IdentityEntry PositiveSemiDefinite { get; } = new(
        "softmax-jacobian-positive-semi-definite",
        TheoremFamily.Softmax,
        "The softmax Jacobian is positive semi-definite",
        "xᵀJx = Σ sᵢ(xᵢ − m)² with m = Σ sₖxₖ: a variance, a sum of non-negative terms because every sᵢ > 0. So xᵀJx ≥ 0 for every x, with equality exactly when x is constant (the shift direction).",
        ForEachSize(ClaimTexts.QuadraticFormIsVariance));

    private static GeneralEntry VectorJacobianProductEveryN { get; } = new(
        "softmax-vector-jacobian-product-every-n",
        TheoremFamily.Softmax,
        "The softmax vector-Jacobian product Jᵀg = s ⊙ (g − ⟨s, g⟩) for every n",
        "Σᵢ gᵢ∂sᵢ/∂zⱼ = sⱼ(gⱼ − ⟨s, g⟩) for every n: the O(n) backward pass is exact for any number of classes, not only the sizes checked one by one.",
        Claim(GeneralClaimTexts.VectorJacobianProduct, "Every n, every component"),
        ["softmax-vector-jacobian-product"]);

    private static IdentityEntry VectorJacobianProduct { get; } = new(
        "softmax-vector-jacobian-product",
        TheoremFamily.Softmax,
        "The softmax vector-Jacobian product Jᵀg = s ⊙ (g − ⟨s, g⟩)",
        "Backpropagation needs Jᵀg, not J: Σᵢ gᵢ∂sᵢ/∂zⱼ = sⱼ(gⱼ − ⟨s, g⟩) costs O(k) per row instead of the k×k Jacobian, so a batch of n rows never builds the n×k×k tensor seed 001 worries about.",
        ForEachSize(ClaimTexts.VectorJacobianProduct));

    // Last: static initialisers run in textual order, so the list must follow its entries.
    public static ImmutableArray<CatalogEntry> All { get; } =
    [
        SumsToOneEveryN,
        SumsToOne,
        ShiftInvarianceEveryN,
        ShiftInvariance,
        ShiftInvarianceForEachSize,
        JacobianEveryN,
        JacobianDiagonal,
        JacobianOffDiagonal,
        Jacobian,
        JacobianMatrixFormEveryN,
        JacobianMatrixForm,
        JacobianSymmetryEveryN,
        JacobianSymmetry,
        JacobianRowsSumToZeroEveryN,
        JacobianRowsSumToZero,
        QuadraticFormEveryN,
        QuadraticForm,
        PositiveSemiDefiniteEveryN,
        PositiveSemiDefinite,
        VectorJacobianProductEveryN,
        VectorJacobianProduct,
    ];
}
