namespace Verification.Laws;

/// <summary>A law about the kernels of one precision T (float or double).</summary>
/// <typeparam name="T">The precision under test.</typeparam>
/// <typeparam name="TInput">What one case consumes.</typeparam>
public abstract class KernelLaw<T, TInput> : Law<TInput>
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override Precision Precision => FloatingPointFacts<T>.Precision;

    /// <summary>Machine epsilon ε = ulp(1) of T, as a double; tolerances below are multiples of it.</summary>
    protected static double Epsilon => FloatingPointFacts<T>.MachineEpsilon;

    /// <summary>Smallest normal of T; results below it lose relative precision, so it is every bound's absolute floor.</summary>
    protected static double SmallestNormal => FloatingPointFacts<T>.SmallestNormal;

    /// <summary>Smallest positive subnormal of T: the spacing of T's numbers below the smallest normal, so one ulp there.</summary>
    protected static double SmallestSubnormal => FloatingPointFacts<T>.SmallestSubnormal;

    /// <summary>|t| beyond which exp(−|t|) underflows to 0 in T; exponent-argument terms of bounds are capped there.</summary>
    protected static double UnderflowExponent => FloatingPointFacts<T>.UnderflowExponent;

    /// <inheritdoc/>
    protected sealed override string? MissingKernel(Implementation implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        return MissingKernel(implementation.KernelsFor<T>());
    }

    /// <inheritdoc/>
    protected sealed override CaseOutcome Evaluate(Implementation implementation, TInput input)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        return Evaluate(implementation.KernelsFor<T>(), input);
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<Observation> ObserveInput(TInput input) => input switch
    {
        LogitsWithUpstreamGradient<T> pair => [Observe("x", pair.Logits), Observe("g", pair.UpstreamGradient)],
        LogitsWithTarget<T> pair => [Observe("z", pair.Logits), Observe("y", pair.TargetProbabilities)],
        _ => base.ObserveInput(input),
    };

    /// <summary>A description of the kernel the law needs but <paramref name="kernels"/> lacks, or null.</summary>
    protected abstract string? MissingKernel(ActivationKernels<T> kernels);

    /// <summary>Evaluates the law on one input with the kernels of precision T.</summary>
    protected abstract CaseOutcome Evaluate(ActivationKernels<T> kernels, TInput input);

    /// <summary>A labelled vector of T values for a counterexample.</summary>
    protected static Observation Observe(string label, ReadOnlySpan<T> values) => new(label, Vectors.ToDoubles(values));

    /// <summary>A measured case with its evidence.</summary>
    protected static CaseOutcome Measured(
        double measuredError, double allowedTolerance, string where, Observation[] inputs, Observation[] outputs) =>
        CaseOutcome.Measured(new Counterexample(inputs, outputs, measuredError, allowedTolerance, where));

    /// <summary>The reason every softmax law gives for rows outside softmax's domain.</summary>
    protected static CaseOutcome SkippedUndefinedSoftmax() =>
        CaseOutcome.Skipped("softmax undefined: empty row, NaN, +∞, or no finite entry");

    /// <summary>"Softmax kernel missing (float)" and the like.</summary>
    protected static string Missing(string kernelName) =>
        $"no {kernelName} kernel ({(FloatingPointFacts<T>.Precision == Precision.SinglePrecision ? "float" : "double")})";
}
