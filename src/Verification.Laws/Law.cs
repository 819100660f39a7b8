using FsCheck.Fluent;

namespace Verification.Laws;

/// <summary>
/// Base of every law: evaluates one input at a time and aggregates the cases into a <see cref="LawResult"/>
/// that keeps the worst counterexample (largest measured error relative to its tolerance).
/// </summary>
/// <typeparam name="TInput">What one case consumes: a row of logits, or a row with a gradient or target.</typeparam>
public abstract class Law<TInput> : ILaw
{
    /// <inheritdoc/>
    public abstract string Id { get; }

    /// <inheritdoc/>
    public abstract Precision Precision { get; }

    /// <inheritdoc/>
    public string Name => $"{Id} ({PrecisionName(Precision)})";

    /// <inheritdoc/>
    public abstract string Statement { get; }

    /// <summary>
    /// The catalog entry that proves what the law checks. The default names none and gives no reason, which
    /// the LawReferences tests reject for every law in <see cref="LawCatalog"/>; it exists so laws built only
    /// for tests need not state one.
    /// </summary>
    public virtual CatalogReference ProvedBy => CatalogReference.None(string.Empty);

    /// <summary>The generator <see cref="CheckGenerated"/> draws from: the adversarial mix suited to this law.</summary>
    public abstract Arbitrary<TInput> DefaultInputs { get; }

    /// <summary>Checks the law on one input.</summary>
    public LawResult Check(Implementation implementation, TInput input) => Check(implementation, [input]);

    /// <summary>Checks the law on every input and reports the worst case.</summary>
    public LawResult Check(Implementation implementation, IEnumerable<TInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentNullException.ThrowIfNull(inputs);
        if (MissingKernel(implementation) is { } missing)
        {
            return new LawNotApplicable(Name, implementation.Name, missing);
        }

        var checkedCases = 0;
        var skipped = 0;
        var failing = 0;
        CaseOutcome? worst = null;
        foreach (var input in inputs)
        {
            var outcome = EvaluateGuarded(implementation, input);
            if (outcome.Evidence is null)
            {
                skipped++;
                continue;
            }

            checkedCases++;
            failing += outcome.Violates ? 1 : 0;
            if (worst is null || IsWorse(outcome, worst))
            {
                worst = outcome;
            }
        }

        return worst is { Violates: true, Evidence: { } evidence }
            ? new LawFails(Name, implementation.Name, evidence, checkedCases, failing)
            : new LawHolds(Name, implementation.Name, checkedCases, skipped, worst?.ErrorToToleranceRatio ?? 0);
    }

    /// <inheritdoc/>
    public LawResult CheckGenerated(Implementation implementation, LawSampling sampling)
    {
        ArgumentNullException.ThrowIfNull(sampling);
        return Check(implementation, sampling.Draw(DefaultInputs.Generator));
    }

    /// <inheritdoc/>
    public Property ToProperty(Implementation implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        return Prop.ForAll(DefaultInputs, input =>
        {
            var result = Check(implementation, input);
            return (result is LawHolds).Label(result.ToString());
        });
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>A description of the kernel the law needs but the implementation lacks, or null.</summary>
    protected abstract string? MissingKernel(Implementation implementation);

    /// <summary>The input as counterexample evidence, for cases that produced no measurement of their own (a kernel threw).</summary>
    protected virtual IReadOnlyList<Observation> ObserveInput(TInput input) => input switch
    {
        float[] row => [new Observation("x", [.. row.Select(static value => (double)value)])],
        double[] row => [new Observation("x", row)],
        _ => [new Observation($"input {input}", [])],
    };

    /// <summary>Evaluates the law on one input.</summary>
    protected abstract CaseOutcome Evaluate(Implementation implementation, TInput input);

    private static string PrecisionName(Precision precision) => precision switch
    {
        Precision.SinglePrecision => "float",
        Precision.DoublePrecision => "double",
        _ => "float vs double",
    };

    private static bool IsWorse(CaseOutcome candidate, CaseOutcome incumbent)
    {
        var ratio = candidate.ErrorToToleranceRatio;
        var incumbentRatio = incumbent.ErrorToToleranceRatio;
        return ratio > incumbentRatio
            || (ratio == incumbentRatio && candidate.Violates && !incumbent.Violates)
            || (ratio == incumbentRatio && Magnitude(candidate) > Magnitude(incumbent));

        static double Magnitude(CaseOutcome outcome) =>
            double.IsNaN(outcome.Evidence!.MeasuredError) ? double.PositiveInfinity : outcome.Evidence.MeasuredError;
    }

    /// <summary>
    /// A kernel that throws (wrong destination length, index errors) fails the law with the exception as the
    /// evidence rather than aborting the audit of the remaining laws.
    /// </summary>
    private CaseOutcome EvaluateGuarded(Implementation implementation, TInput input)
    {
        try
        {
            return Evaluate(implementation, input);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            return CaseOutcome.Measured(new Counterexample(
                ObserveInput(input),
                [],
                double.PositiveInfinity,
                0,
                $"kernel threw {failure.GetType().Name}: {failure.Message}"));
        }
    }
}
