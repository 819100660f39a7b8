namespace Verification.Laws.Definitions;

/// <summary>
/// softmax(x)ᵢ = e^(xᵢ − m) / Σⱼ e^(xⱼ − m) entry by entry, against the definition evaluated in double, within the
/// error the evaluation itself can cause.
/// </summary>
/// <remarks>
/// <para>
/// Why: every other softmax law relates the kernel to itself (sums, ranges, shifts, its log, its float and double
/// versions), so a kernel that returns the right numbers in the wrong places (rotated, reversed) passes them
/// all. This one pins each entry to its index.
/// </para>
/// <para>
/// Evaluation: each entry of a max-shifted softmax has relative error ≤ u(k + 2 + aᵢ + Σⱼ sⱼaⱼ), aᵢ = |xᵢ − m|
/// (the rounding of the exponent argument, capped at the underflow exponent): the summation, the division, its own
/// exponent and the exponents' share of S (Higham §3.1, §4.2; <see cref="ReferenceSoftmax"/>). The reference, in
/// double on the exactly widened input, adds a relative error of order u(double)·k, which for float is far below
/// the budget and for double is covered by the margin below.
/// </para>
/// <para>
/// Allowed for entry i: |softmax(x)ᵢ − rᵢ| ≤ expm1(2Bᵢ)·rᵢ + (smallest normal), Bᵢ = ε·(k + 4 + aᵢ + Σⱼ rⱼaⱼ) with
/// ε = 2u: a factor of four over the bound, as the shift-invariance law allows each of its two evaluations; the floor
/// absorbs subnormal results (and kernels that flush them to zero).
/// </para>
/// </remarks>
public sealed class SoftmaxMatchesReference<T>() : SoftmaxDomainLaw<T>(
    id: "softmax-matches-reference",
    statement: "|softmax(x)ᵢ − rᵢ| ≤ expm1(2ε·[k + 4 + |xᵢ − m| + Σⱼ rⱼ|xⱼ − m|])·rᵢ + (smallest normal), r = the max-shifted softmax in double",
    provedBy: CatalogReference.None("checks the kernel against softmax's definition evaluated in double, entry by entry; a definition, not an identity"),
    requires: [nameof(ActivationKernels<T>.Softmax)])
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    protected override CaseOutcome EvaluateDefined(ActivationKernels<T> kernels, T[] x)
    {
        var reference = ReferenceSoftmax.Of(Widen(x), UnderflowExponent);
        var s = Run(kernels.Softmax!, x);
        var worst = new WorstEntry();
        for (var i = 0; i < x.Length; i++)
        {
            var budget = Epsilon * (x.Length + 4 + reference.ExponentSpread[i] + reference.WeightedSpread);
            var allowed = RelativeTolerance.Of(budget, reference.Probabilities[i]) + SmallestNormal;
            worst.Consider(i, Math.Abs(s[i] - reference.Probabilities[i]), allowed);
        }

        return Measured(
            worst,
            string.Create(CultureInfo.InvariantCulture, $"softmax(x)[{worst.Index}]"),
            [Observe("x", x)],
            [new Observation("softmax(x)", s), new Observation("reference softmax(x)", reference.Probabilities)]);
    }
}
