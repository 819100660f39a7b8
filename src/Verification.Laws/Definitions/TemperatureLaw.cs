namespace Verification.Laws.Definitions;

/// <summary>
/// Common ground of the laws about a kernel with a temperature (softmax_T, log softmax_T): each row on which softmax is
/// defined is checked at every temperature of <see cref="Temperatures"/>, as T rounds it (0.1 in float is
/// 0.100000001…), and the worst temperature is the case's counterexample, shown with the row and that temperature.
/// </summary>
/// <param name="id">The law's id.</param>
/// <param name="statement">The law and its tolerance.</param>
/// <param name="provedBy">Why no catalog entry proves it (the kernel is checked against its definition).</param>
/// <param name="requires">The kernels the law calls: the tempered kernel (<see cref="TemperedKernel"/>).</param>
public abstract class TemperatureLaw<T>(string id, string statement, CatalogReference provedBy, params IReadOnlyList<string> requires)
    : SoftmaxDomainLaw<T>(id, statement, provedBy, requires)
    where T : IFloatingPointIeee754<T>
{
    /// <summary>The temperatures T: sharper (0.1, 0.5) and flatter (2, 3, 10) than softmax itself.</summary>
    public IReadOnlyList<double> Temperatures { get; } = [0.1, 0.5, 2, 3, 10];

    /// <summary>Why a case is skipped when no temperature left an entry to compare.</summary>
    private protected virtual string NothingToCompare => "no entry could be compared at any temperature";

    /// <inheritdoc/>
    protected sealed override CaseOutcome EvaluateDefined(ActivationKernels<T> kernels, T[] x)
    {
        var widened = Widen(x);
        return WorstOver(Temperatures, requested =>
        {
            var temperature = T.CreateTruncating(requested);
            var widenedTemperature = double.CreateTruncating(temperature);
            var tempered = new T[x.Length];
            TemperedKernel(kernels)(x, tempered, temperature);
            return Compare(x, widened, widenedTemperature, Widen(tempered)) is (var entries, var outputs)
                ? Measured(
                    entries,
                    string.Create(CultureInfo.InvariantCulture, $"entry {entries.Index}, T = {requested}"),
                    [Observe("x", x), Observation.Scalar("T", widenedTemperature)],
                    outputs)
                : null;
        }) ?? CaseOutcome.Skipped(NothingToCompare);
    }

    /// <summary>The tempered kernel, present in <paramref name="kernels"/> (the law requires it).</summary>
    protected abstract ParameterizedSpanKernel<T> TemperedKernel(ActivationKernels<T> kernels);

    /// <summary>
    /// Compares the kernel's values at one temperature with the definition: the worst entry and the values to show,
    /// or null when no entry can be compared.
    /// </summary>
    /// <param name="x">The row.</param>
    /// <param name="widened">The row in double.</param>
    /// <param name="temperature">The temperature as T rounds it, in double.</param>
    /// <param name="actual">The kernel's values at <paramref name="x"/> and <paramref name="temperature"/>, in double.</param>
    private protected abstract (WorstEntry Entries, Observation[] Outputs)? Compare(T[] x, double[] widened, double temperature, double[] actual);
}
