using System.Text;

namespace Verification.Laws;

/// <summary>
/// Assertions for a user's own test project, in any test framework: hold an implementation to the laws and fail
/// with one readable message (each failing law, its worst counterexample, the sampling that replays it).
/// </summary>
/// <example>
/// <code>
/// [Fact]
/// public void MyKernelsObeyTheLaws() =>
///     LawAssert.AllHold(Implementation.FromStaticClass(typeof(MyKernels)));
/// </code>
/// </example>
public static class LawAssert
{
    /// <summary>The sampling <c>verification audit</c> uses by default: 200 cases per law from seed 1.</summary>
    public static LawSampling DefaultSampling { get; } = new(Cases: 200, Seed: 1);

    /// <summary>
    /// Checks every law of <paramref name="laws"/> (default: <see cref="LawCatalog.All"/>) and throws
    /// <see cref="LawViolationException"/> when any fails. A law whose kernel the implementation lacks is not
    /// applicable: skipped, unless <paramref name="requireEveryKernel"/> is true.
    /// </summary>
    /// <param name="implementation">The kernels under test, e.g. <see cref="Implementation.FromStaticClass(Type, string?)"/>.</param>
    /// <param name="sampling">Cases and seed; <see cref="DefaultSampling"/> when null.</param>
    /// <param name="laws">The laws to check; the whole catalog when null.</param>
    /// <param name="requireEveryKernel">Whether a law that is not applicable counts as a failure.</param>
    /// <exception cref="LawViolationException">A law fails (or is not applicable when required).</exception>
    public static void AllHold(
        Implementation implementation, LawSampling? sampling = null, IEnumerable<ILaw>? laws = null, bool requireEveryKernel = false)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        sampling ??= DefaultSampling;
        var checkedLaws = (laws ?? LawCatalog.All).ToList();
        var failures = checkedLaws
            .Select(law => law.CheckGenerated(implementation, sampling))
            .Where(result => result is LawFails || (requireEveryKernel && result is LawNotApplicable))
            .ToList();
        if (failures.Count > 0)
        {
            throw new LawViolationException(failures, Describe(failures, checkedLaws.Count, implementation.Name, sampling));
        }
    }

    /// <summary>Checks one law; throws <see cref="LawViolationException"/> when it fails or is not applicable.</summary>
    /// <param name="law">The law.</param>
    /// <param name="implementation">The kernels under test.</param>
    /// <param name="sampling">Cases and seed; <see cref="DefaultSampling"/> when null.</param>
    /// <exception cref="LawViolationException">The law fails, or the implementation lacks its kernel.</exception>
    public static void Holds(ILaw law, Implementation implementation, LawSampling? sampling = null)
    {
        ArgumentNullException.ThrowIfNull(law);
        AllHold(implementation, sampling, [law], requireEveryKernel: true);
    }

    private static string Describe(List<LawResult> failures, int lawCount, string implementationName, LawSampling sampling)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{failures.Count} of {lawCount} laws fail for {implementationName}:")
            .AppendLine();
        foreach (var failure in failures)
        {
            text.Append("✗ ").Append(failure).AppendLine();
        }

        // The laws draw their inputs deterministically from the sampling, so the same call replays the same cases.
        return text
            .Append(CultureInfo.InvariantCulture, $"Replay: the same call with new LawSampling(Cases: {sampling.Cases}, Seed: {sampling.Seed}, MaximumSize: {sampling.MaximumSize}).")
            .ToString();
    }
}
