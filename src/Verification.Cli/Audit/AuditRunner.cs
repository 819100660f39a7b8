using Verification.Laws;
using Verification.Laws.Kernels;
using Verification.Laws.Results;

namespace Verification.Cli.Audit;

/// <summary>Checks laws (by default every law of <see cref="LawCatalog.All"/>) against each implementation.</summary>
internal static class AuditRunner
{
    /// <param name="implementations">The columns.</param>
    /// <param name="sampling">Cases per law and the seed: the same seed gives the same table.</param>
    /// <param name="progress">Told the law's name before each law is checked.</param>
    public static AuditReport Run(IReadOnlyList<Implementation> implementations, LawSampling sampling, Action<string>? progress = null) =>
        Run(LawCatalog.All, implementations, sampling, progress);

    /// <param name="laws">The rows (tests pick a few so that their snapshots do not change when the catalog grows).</param>
    /// <param name="implementations">The columns.</param>
    /// <param name="sampling">Cases per law and the seed: the same seed gives the same table.</param>
    /// <param name="progress">Told the law's name before each law is checked.</param>
    public static AuditReport Run(IReadOnlyList<ILaw> laws, IReadOnlyList<Implementation> implementations, LawSampling sampling, Action<string>? progress = null)
    {
        var results = new List<LawResult>(laws.Count * implementations.Count);
        for (var row = 0; row < laws.Count; row++)
        {
            progress?.Invoke(laws[row].Name);
            results.AddRange(implementations.Select(implementation => laws[row].CheckGenerated(implementation, sampling)));
        }

        return new AuditReport(laws, implementations, results, sampling);
    }

    /// <summary>The one law <paramref name="replay"/> names, on its one case, against each implementation.</summary>
    /// <exception cref="ArgumentException">No law of the catalog matches the token.</exception>
    public static AuditReport Replay(IReadOnlyList<Implementation> implementations, CaseReplay replay)
    {
        var law = LawCatalog.All.FirstOrDefault(replay.IsFor)
            ?? throw new ArgumentException($"no law {replay.LawId} for that precision", nameof(replay));
        return new AuditReport([law], implementations, [.. implementations.Select(implementation => law.Replay(implementation, replay))], replay.Sampling);
    }
}
