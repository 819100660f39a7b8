namespace Verification.Laws.Protocol;

/// <summary>
/// An implementation with every kernel present, each of which notes its call (slot, precision, exact inputs,
/// hyperparameter, output length) under the law being run, and answers zeros. Running a law against it
/// enumerates the inputs the law feeds each kernel; identical calls from several laws become one case that
/// lists them all.
/// </summary>
internal sealed class RecordingImplementation
{
    private readonly Dictionary<CaseKey, int> idByKey = [];
    private readonly List<CaseKey> keys = [];
    private readonly List<(KernelCase Case, List<string> Laws)> cases = [];
    private readonly Implementation implementation;
    private string currentLaw = string.Empty;

    public RecordingImplementation()
    {
        implementation = new Implementation(
            "recording",
            AnsweringKernels.Create<float>(Note, static _ => true),
            AnsweringKernels.Create<double>(Note, static _ => true))
        {
            // Its placeholder outputs fail most laws; shrinking those failures would record calls no grading makes.
            ShrinksFailures = false,
        };
    }

    /// <summary>Runs <paramref name="law"/> on its generated inputs and notes every kernel call it makes.</summary>
    public void Record(ILaw law, LawSampling sampling)
    {
        ArgumentNullException.ThrowIfNull(law);
        currentLaw = law.Name;
        law.CheckGenerated(implementation, sampling);
    }

    /// <summary>The distinct calls in order of first use, and their keys.</summary>
    public (IReadOnlyList<KernelCase> Cases, IReadOnlyList<CaseKey> Keys) Calls() =>
        ([.. cases.Select(static entry => entry.Case with { Laws = [.. entry.Laws] })], [.. keys]);

    private T[] Note<T>(KernelInvocation<T> invocation)
        where T : IFloatingPointIeee754<T>
    {
        var key = CaseKey.Of(invocation);
        if (!idByKey.TryGetValue(key, out var id))
        {
            id = cases.Count;
            idByKey.Add(key, id);
            keys.Add(key);
            var @case = new KernelCase(
                id,
                invocation.Kernel,
                FloatingPointFacts<T>.Precision,
                [.. invocation.Inputs.Select(static input => Vectors.ToDoubles<T>(input))],
                invocation.Hyperparameters.Count == 0 ? null : double.CreateTruncating(invocation.Hyperparameters[0]),
                invocation.OutputLength,
                []);
            cases.Add((@case, []));
        }

        var laws = cases[id].Laws;
        if (laws.Count == 0 || !string.Equals(laws[^1], currentLaw, StringComparison.Ordinal))
        {
            laws.Add(currentLaw);
        }

        return new T[invocation.OutputLength];
    }
}
