namespace Verification.Laws.Definitions;

/// <summary>
/// log σ(x) is within 4 ulp of the true value for every finite x, the far tails included: for x ≪ 0 it is ≈ x
/// (where σ itself underflows), for x ≫ 0 it is ≈ −e⁻ˣ, subnormal from x ≈ 87.3 (float) or 708.4 (double).
/// </summary>
/// <remarks>
/// <para>
/// log σ(x) = −softplus(−x) is checked by <see cref="LogSigmoidEqualsNegativeSoftplus{T}"/> against the
/// implementation's own softplus; a library that offers log σ alone, or whose two kernels share one defect, is
/// audited here against the definition instead.
/// </para>
/// <para>
/// Allowed: 4ε·|log σ(x)| + 4·(smallest subnormal), four ulp of T down to the subnormals, whose spacing is the
/// smallest subnormal; so log σ(100) = 0 in float, where the truth is −3.7·10⁻⁴⁴ (26 subnormal ulp), fails.
/// Plus the reference's own error (<see cref="AccurateSigmoid"/>: 5ε_d·|log σ| + 2⁻¹⁰⁷⁴).
/// </para>
/// </remarks>
public sealed class LogSigmoidMatchesReference<T>() : ElementwiseReferenceLaw<T>(
    id: "log-sigmoid-matches-reference",
    statement: "|log σ̂(x) − log σ(x)| ≤ 4ε·|log σ(x)| + 4·(smallest subnormal) + (reference error 5ε_d·|log σ(x)| + 2⁻¹⁰⁷⁴) for finite x, tails included",
    provedBy: CatalogReference.None("compares log σ with min(x, 0) − log1p(e^(−|x|)) evaluated accurately: an accuracy requirement, not an identity"),
    kernel: nameof(ActivationKernels<T>.LogSigmoid),
    value: "log σ(xᵢ)",
    reference: AccurateSigmoid.LogSigmoid,
    referenceRelativeError: AccurateSigmoid.LogSigmoidRelativeError)
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    protected override SpanKernel<T> KernelUnderTest(ActivationKernels<T> kernels) => kernels.LogSigmoid!;
}
