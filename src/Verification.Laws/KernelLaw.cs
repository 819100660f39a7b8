namespace Verification.Laws;

/// <summary>A law about the kernels of one precision T (float or double).</summary>
/// <typeparam name="T">The precision under test.</typeparam>
/// <typeparam name="TInput">What one case consumes.</typeparam>
/// <param name="id">The law's id, shared by its float and double versions.</param>
/// <param name="statement">The law and its tolerance in mathematical notation.</param>
/// <param name="provedBy">The catalog entry that proves what the law checks, or why none does (null: none, for test-only laws).</param>
/// <param name="requires">
/// The <see cref="ActivationKernels{T}"/> members the law calls, by name (<c>nameof(ActivationKernels&lt;T&gt;.Softmax)</c>):
/// where the implementation lacks one, the first lacking is reported and the law is not applicable.
/// </param>
/// <exception cref="ArgumentException">A name in <paramref name="requires"/> is not a kernel the binder fills.</exception>
public abstract class KernelLaw<T, TInput>(string id, string statement, CatalogReference? provedBy, params IReadOnlyList<string> requires)
    : Law<TInput>(id, statement, provedBy)
    where T : IFloatingPointIeee754<T>
{
    private readonly IReadOnlyList<string> requiredKernels = requires.All(static name => KernelSlot.All.Any(slot => slot.SlotName == name))
        ? requires
        : throw new ArgumentException($"every required kernel must be a member of ActivationKernels<T>, not: {string.Join(", ", requires)}", nameof(requires));

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
        var present = implementation.KernelsFor<T>().PresentKernelNames;
        return requiredKernels.FirstOrDefault(kernel => !present.Contains(kernel)) is { } missing ? Missing(missing) : null;
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

    /// <summary>Evaluates the law on one input with the kernels of precision T.</summary>
    protected abstract CaseOutcome Evaluate(ActivationKernels<T> kernels, TInput input);

    /// <summary>A labelled vector of T values for a counterexample.</summary>
    protected static Observation Observe(string label, ReadOnlySpan<T> values) => new(label, Vectors.ToDoubles(values));

    /// <summary>The kernel's values at <paramref name="x"/> (one output per entry), widened to double.</summary>
    protected static double[] Run(SpanKernel<T> kernel, T[] x) =>
        Vectors.ToDoubles<T>(Vectors.Apply(kernel, x, x.Length));

    /// <summary>The values widened to double (exact for float and double).</summary>
    protected static double[] Widen(T[] values) => Vectors.ToDoubles<T>(values);

    /// <summary>A measured case with its evidence.</summary>
    protected static CaseOutcome Measured(
        double measuredError, double allowedTolerance, string where, Observation[] inputs, Observation[] outputs) =>
        CaseOutcome.Measured(new Counterexample(inputs, outputs, measuredError, allowedTolerance, where));

    /// <summary>A measured case whose evidence is the worst entry: its deviation and its own bound.</summary>
    private protected static CaseOutcome Measured(WorstEntry worst, string where, Observation[] inputs, Observation[] outputs) =>
        Measured(worst.Measured, worst.Allowed, where, inputs, outputs);

    /// <summary>
    /// The case of a law checked at several parameters (shifts, temperatures, smoothings): the outcome with the
    /// largest error-to-tolerance ratio, the first of equals; null when <paramref name="evaluate"/> skipped every
    /// parameter (returned null).
    /// </summary>
    protected static CaseOutcome? WorstOver<TParameter>(IEnumerable<TParameter> parameters, Func<TParameter, CaseOutcome?> evaluate)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(evaluate);
        CaseOutcome? worst = null;
        foreach (var parameter in parameters)
        {
            if (evaluate(parameter) is { } outcome && (worst is null || outcome.ErrorToToleranceRatio > worst.ErrorToToleranceRatio))
            {
                worst = outcome;
            }
        }

        return worst;
    }

    /// <summary>"no Softmax kernel (float)" and the like.</summary>
    private static string Missing(string kernelName) =>
        $"no {kernelName} kernel ({(FloatingPointFacts<T>.Precision == Precision.SinglePrecision ? "float" : "double")})";
}
