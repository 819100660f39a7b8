namespace Verification.Laws.Definitions;

/// <summary>SiLU(x) = x·σ(x) for every finite x, with the implementation's own sigmoid.</summary>
/// <remarks>
/// <para>
/// Math: SiLU is defined as x·σ(x). The product is formed in double: exact for float, within u|xσ(x)| for double.
/// Both sides are well conditioned in x·σ(x)'s own scale, so the comparison is relative.
/// </para>
/// <para>
/// Allowed: with each kernel within 4 ulp (the product scales σ's relative error unchanged), the two differ by
/// 8ε|x|σ(x); with the usual factor of two, 16ε|x|σ(x) + (smallest normal), σ from a double reference. The floor
/// also covers a subnormal σ(x) (x below about −87 in float, −708 in double): its few ulp of absolute error,
/// multiplied by |x| ≤ 745, stay far below the smallest normal.
/// </para>
/// </remarks>
public sealed class SiluEqualsInputTimesSigmoid<T>() : ElementwiseLaw<T>(
    id: "silu-equals-input-times-sigmoid",
    statement: "|SiLU(x) − x·σ(x)| ≤ 16ε|x|σ(x) + (smallest normal) for finite x",
    provedBy: CatalogReference.None("SiLU is defined as x·σ(x) (the catalog's silu-derivative entry starts from that definition); the law holds the kernel to its definition"),
    requires: [nameof(ActivationKernels<T>.Silu), nameof(ActivationKernels<T>.Sigmoid)])
    where T : IFloatingPointIeee754<T>
{
    private const double AllowedInEpsilons = 16;

    /// <inheritdoc/>
    protected override EntryComparison Compare(ActivationKernels<T> kernels, T[] arguments)
    {
        var silu = Run(kernels.Silu!, arguments);
        var sigmoid = Run(kernels.Sigmoid!, arguments);
        var x = Widen(arguments);
        return new(
            i => (Math.Abs(silu[i] - (x[i] * sigmoid[i])), (AllowedInEpsilons * Epsilon * Math.Abs(x[i]) * ReferenceActivations.Sigmoid(x[i])) + SmallestNormal),
            i =>
            [
                Observation.Scalar("SiLU(xᵢ)", silu[i]),
                Observation.Scalar("σ(xᵢ)", sigmoid[i]),
                Observation.Scalar("xᵢ·σ(xᵢ)", x[i] * sigmoid[i]),
            ]);
    }
}
