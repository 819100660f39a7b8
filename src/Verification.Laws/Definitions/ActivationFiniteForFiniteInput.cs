namespace Verification.Laws.Definitions;

/// <summary>tanh, softplus, log σ or SiLU of a finite x is finite.</summary>
/// <remarks>
/// Each is bounded by an elementary function of x that is finite wherever x is: |tanh x| ≤ 1;
/// max(x, 0) ≤ softplus(x) ≤ max(x, 0) + ln 2; log σ(x) = −softplus(−x); |SiLU(x)| ≤ |x| (see
/// <see cref="ElementwiseActivation"/>). So NaN or ±∞ can only come from the evaluation: eˣ or e²ˣ overflowing
/// in log(1 + eˣ), (e²ˣ − 1)/(e²ˣ + 1) or x·eˣ/(1 + eˣ), or the log of a σ(x) that underflowed to 0. The measured
/// error is the number of non-finite results, exact (allowed 0).
/// </remarks>
public sealed class ActivationFiniteForFiniteInput<T> : KernelLaw<T, T[]>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The law for one of the activations.</summary>
    public ActivationFiniteForFiniteInput(ElementwiseActivation activation)
        : this(activation, Names(activation))
    {
    }

    private ActivationFiniteForFiniteInput(ElementwiseActivation activation, (string Kernel, string Id) names)
        : base(
            id: names.Id,
            statement: $"x finite ⇒ {names.Kernel}(x) finite (exact)",
            provedBy: CatalogReference.None("checks that the kernel does not overflow: a property of floating-point evaluation, not an identity"),
            requires: names.Kernel)
    {
        Activation = activation;
        KernelName = names.Kernel;
    }

    /// <summary>Which activation the law checks.</summary>
    public ElementwiseActivation Activation { get; }

    /// <inheritdoc/>
    public override Arbitrary<T[]> DefaultInputs => ElementwiseGenerators.Adversarial<T>();

    private string KernelName { get; }

    /// <inheritdoc/>
    protected override CaseOutcome Evaluate(ActivationKernels<T> kernels, T[] x)
    {
        if (x.Length == 0 || !Vectors.AllFinite<T>(x))
        {
            return CaseOutcome.Skipped("input has a non-finite entry");
        }

        var results = Vectors.Apply(KernelOf(kernels)!, x, x.Length);
        var nonFinite = results.Count(static value => !T.IsFinite(value));
        var first = Array.FindIndex(results, static value => !T.IsFinite(value));
        return Measured(
            nonFinite,
            0,
            first < 0 ? "count of non-finite results" : string.Create(CultureInfo.InvariantCulture, $"count of non-finite results; the first at x = {x[first]}"),
            [Observe("x", x)],
            [Observe($"{KernelName}(x)", results)]);
    }

    /// <summary>The kernel's name (its <see cref="ActivationKernels{T}"/> member) and the law's id.</summary>
    private static (string Kernel, string Id) Names(ElementwiseActivation activation) => activation switch
    {
        ElementwiseActivation.Tanh => ("Tanh", "tanh-finite-for-finite-input"),
        ElementwiseActivation.Softplus => ("Softplus", "softplus-finite-for-finite-input"),
        ElementwiseActivation.LogSigmoid => ("LogSigmoid", "log-sigmoid-finite-for-finite-input"),
        ElementwiseActivation.Silu => ("Silu", "silu-finite-for-finite-input"),
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "not an elementwise activation"),
    };

    private SpanKernel<T>? KernelOf(ActivationKernels<T> kernels) => Activation switch
    {
        ElementwiseActivation.Tanh => kernels.Tanh,
        ElementwiseActivation.Softplus => kernels.Softplus,
        ElementwiseActivation.LogSigmoid => kernels.LogSigmoid,
        _ => kernels.Silu,
    };
}
