using FsCheck.Fluent;

namespace Verification.Laws;

/// <summary>
/// Base of every law: evaluates one input at a time and aggregates the cases into a <see cref="LawResult"/>
/// that keeps the worst counterexample (largest measured error relative to its tolerance).
/// </summary>
/// <typeparam name="TInput">What one case consumes: a row of logits, or a row with a gradient or target.</typeparam>
/// <param name="id">The law's <see cref="ILaw.Id"/>, shared by its float and double versions.</param>
/// <param name="statement">The law and its tolerance in mathematical notation (<see cref="ILaw.Statement"/>).</param>
/// <param name="provedBy">
/// The catalog entry that proves what the law checks, or why none does (<see cref="ILaw.ProvedBy"/>). Null names
/// none and gives no reason, which the LawReferences tests reject for every law in <see cref="LawCatalog"/>; it
/// exists so laws built only for tests need not state one.
/// </param>
public abstract class Law<TInput>(string id, string statement, CatalogReference? provedBy) : ILaw
{
    /// <summary>Kernel evaluations one shrink may spend: enough to halve a 1,000-entry row down to one entry several times over.</summary>
    private const int MaximumShrinkEvaluations = 256;

    /// <inheritdoc/>
    public string Id { get; } = id;

    /// <inheritdoc/>
    public abstract Precision Precision { get; }

    /// <inheritdoc/>
    public string Name => $"{Id} ({PrecisionName(Precision)})";

    /// <inheritdoc/>
    public string Statement { get; } = statement;

    /// <inheritdoc/>
    public CatalogReference ProvedBy { get; } = provedBy ?? CatalogReference.None(string.Empty);

    /// <summary>The generator <see cref="CheckGenerated"/> draws from: the adversarial mix suited to this law.</summary>
    public abstract Arbitrary<TInput> DefaultInputs { get; }

    /// <summary>Checks the law on one input.</summary>
    public LawResult Check(Implementation implementation, TInput input) => Check(implementation, [input]);

    /// <summary>Checks the law on every input and reports the worst case.</summary>
    public LawResult Check(Implementation implementation, IEnumerable<TInput> inputs) => Tally(implementation, inputs).Result;

    /// <inheritdoc/>
    public LawResult CheckGenerated(Implementation implementation, LawSampling sampling)
    {
        ArgumentNullException.ThrowIfNull(sampling);
        var tally = Tally(implementation, sampling.Draw(DefaultInputs.Generator));
        return tally.Result is LawFails failure
            ? WithShrunk(implementation, failure, tally.WorstInput!, new CaseReplay(Id, Precision, sampling, tally.WorstIndex))
            : tally.Result;
    }

    /// <inheritdoc/>
    public LawResult Replay(Implementation implementation, CaseReplay replay)
    {
        ArgumentNullException.ThrowIfNull(replay);
        if (!replay.IsFor(this))
        {
            throw new ArgumentException($"the case {replay} was drawn for another law than {Name}", nameof(replay));
        }

        var input = replay.Sampling.Draw(DefaultInputs.Generator).ElementAt(replay.CaseIndex);
        var result = Check(implementation, input);
        return result is LawFails failure ? WithShrunk(implementation, failure, input, replay) : result;
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

    /// <summary>Evaluates every input and keeps the worst case with its position, for replay and shrinking.</summary>
    private CheckTally Tally(Implementation implementation, IEnumerable<TInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentNullException.ThrowIfNull(inputs);
        if (MissingKernel(implementation) is { } missing)
        {
            return new CheckTally(new LawNotApplicable(Name, implementation.Name, missing), -1, default);
        }

        var checkedCases = 0;
        var skipped = 0;
        var failing = 0;
        var index = -1;
        var worstIndex = -1;
        TInput? worstInput = default;
        CaseOutcome? worst = null;
        foreach (var input in inputs)
        {
            index++;
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
                (worst, worstIndex, worstInput) = (outcome, index, input);
            }
        }

        LawResult result = worst is { Violates: true, Evidence: { } evidence }
            ? new LawFails(Name, implementation.Name, evidence, checkedCases, failing)
            : new LawHolds(Name, implementation.Name, checkedCases, skipped, worst?.ErrorToToleranceRatio ?? 0);
        return new CheckTally(result, worstIndex, worstInput);
    }

    /// <summary>
    /// Greedy shrinking, as FsCheck does it: take the first smaller input (from the generator's shrinker) that still
    /// breaks the law, and repeat from there until none does. Only where
    /// <see cref="Implementation.ShrinksFailures"/> (a results file has no answer for a smaller input). Bounded by <see cref="MaximumShrinkEvaluations"/> so a
    /// wide failing row cannot make an audit slow; what is found by then is reported.
    /// </summary>
    private LawFails WithShrunk(Implementation implementation, LawFails failure, TInput failing, CaseReplay replay)
    {
        if (!implementation.ShrinksFailures)
        {
            return failure with { Replay = replay };
        }

        var current = failing;
        Counterexample? smallest = null;
        var evaluations = 0;
        var progressed = true;
        while (progressed && evaluations < MaximumShrinkEvaluations)
        {
            progressed = false;
            foreach (var candidate in DefaultInputs.Shrinker(current))
            {
                if (++evaluations > MaximumShrinkEvaluations)
                {
                    break;
                }

                if (EvaluateGuarded(implementation, candidate) is { Violates: true, Evidence: { } evidence })
                {
                    (current, smallest, progressed) = (candidate, evidence, true);
                    break;
                }
            }
        }

        return failure with { Smallest = smallest, Replay = replay };
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

    /// <summary>The result of a check, with the worst case and where it was in the sequence (−1 when there is none).</summary>
    private readonly record struct CheckTally(LawResult Result, int WorstIndex, TInput? WorstInput);
}
