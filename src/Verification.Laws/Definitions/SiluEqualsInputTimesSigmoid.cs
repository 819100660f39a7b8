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
public sealed class SiluEqualsInputTimesSigmoid<T> : KernelLaw<T, T[]>
    where T : IFloatingPointIeee754<T>
{
    private const double AllowedInEpsilons = 16;

    /// <inheritdoc/>
    public override string Id => "silu-equals-input-times-sigmoid";

    /// <inheritdoc/>
    public override CatalogReference ProvedBy =>
        CatalogReference.None("SiLU is defined as x·σ(x) (the catalog's silu-derivative entry starts from that definition); the law holds the kernel to its definition");

    /// <inheritdoc/>
    public override string Statement => "|SiLU(x) − x·σ(x)| ≤ 16ε|x|σ(x) + (smallest normal) for finite x";

    /// <inheritdoc/>
    public override Arbitrary<T[]> DefaultInputs => ElementwiseGenerators.Adversarial<T>();

    /// <inheritdoc/>
    protected override string? MissingKernel(ActivationKernels<T> kernels) =>
        kernels.Silu is null ? Missing("Silu")
        : kernels.Sigmoid is null ? Missing("Sigmoid")
        : null;

    /// <inheritdoc/>
    protected override CaseOutcome Evaluate(ActivationKernels<T> kernels, T[] x)
    {
        var arguments = Vectors.FiniteEntries(x);
        if (arguments.Length == 0)
        {
            return CaseOutcome.Skipped("no finite entry");
        }

        var silu = Vectors.ToDoubles<T>(Vectors.Apply(kernels.Silu!, arguments, arguments.Length));
        var sigmoid = Vectors.ToDoubles<T>(Vectors.Apply(kernels.Sigmoid!, arguments, arguments.Length));
        var worst = new WorstEntry();
        for (var i = 0; i < arguments.Length; i++)
        {
            var argument = double.CreateTruncating(arguments[i]);
            var magnitude = Math.Abs(argument) * ReferenceActivations.Sigmoid(argument);
            worst.Consider(i, Math.Abs(silu[i] - (argument * sigmoid[i])), (AllowedInEpsilons * Epsilon * magnitude) + SmallestNormal);
        }

        var at = worst.Index;
        var atArgument = double.CreateTruncating(arguments[at]);
        return Measured(
            worst.Measured,
            worst.Allowed,
            string.Create(CultureInfo.InvariantCulture, $"x = {arguments[at]}"),
            [Observe("x", x), Observation.Scalar("xᵢ", atArgument)],
            [
                Observation.Scalar("SiLU(xᵢ)", silu[at]),
                Observation.Scalar("σ(xᵢ)", sigmoid[at]),
                Observation.Scalar("xᵢ·σ(xᵢ)", atArgument * sigmoid[at]),
            ]);
    }
}
