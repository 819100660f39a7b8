namespace Verification.Laws;

/// <summary>
/// A law about elementwise kernels checked entry by entry: over the finite entries xᵢ of a row, each entry's
/// deviation from what the math says is held to that entry's own bound, and the worst entry (largest
/// deviation / bound) is the case's counterexample, shown with the kernels' values at it.
/// </summary>
/// <typeparam name="T">The precision under test.</typeparam>
/// <param name="id">The law's id.</param>
/// <param name="statement">The law and its tolerance.</param>
/// <param name="provedBy">The catalog entry that proves it, or why none does.</param>
/// <param name="requires">The kernels the law calls.</param>
public abstract class ElementwiseLaw<T>(string id, string statement, CatalogReference provedBy, params IReadOnlyList<string> requires)
    : KernelLaw<T, T[]>(id, statement, provedBy, requires)
    where T : IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override Arbitrary<T[]> DefaultInputs => ElementwiseGenerators.Adversarial<T>();

    /// <inheritdoc/>
    protected sealed override CaseOutcome Evaluate(ActivationKernels<T> kernels, T[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var arguments = Vectors.FiniteEntries(input);
        if (arguments.Length == 0)
        {
            return CaseOutcome.Skipped("no finite entry");
        }

        var comparison = Compare(kernels, arguments);
        var worst = new WorstEntry();
        for (var i = 0; i < arguments.Length; i++)
        {
            var (measured, allowed) = comparison.Entry(i);
            worst.Consider(i, measured, allowed);
        }

        var at = worst.Index;
        return Measured(
            worst,
            string.Create(CultureInfo.InvariantCulture, $"x = {arguments[at]}"),
            [Observe("x", input), Observation.Scalar("xᵢ", double.CreateTruncating(arguments[at]))],
            comparison.Outputs(at));
    }

    /// <summary>Runs the kernels on the finite arguments and says, for each entry, its deviation and bound.</summary>
    /// <param name="kernels">The implementation's kernels (those the law requires are present).</param>
    /// <param name="arguments">The finite entries of the case, at least one.</param>
    protected abstract EntryComparison Compare(ActivationKernels<T> kernels, T[] arguments);
}

/// <summary>Per-entry results of an <see cref="ElementwiseLaw{T}"/>.</summary>
/// <param name="Entry">Entry i ↦ (deviation, allowed bound).</param>
/// <param name="Outputs">Entry i ↦ the values to show when entry i is the worst.</param>
public sealed record EntryComparison(Func<int, (double Measured, double Allowed)> Entry, Func<int, Observation[]> Outputs);
