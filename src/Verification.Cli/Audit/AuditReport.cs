using Verification.Laws;
using Verification.Laws.Kernels;
using Verification.Laws.Results;

namespace Verification.Cli.Audit;

/// <summary>Every law checked against every implementation: the cells of the conformance table.</summary>
/// <param name="Laws">The rows, in catalog order.</param>
/// <param name="Implementations">The columns, in the order asked for.</param>
/// <param name="Results">One result per (law, implementation), row by row.</param>
/// <param name="Sampling">Cases per law and the seed: running again with them replays every counterexample.</param>
internal sealed record AuditReport(IReadOnlyList<ILaw> Laws, IReadOnlyList<Implementation> Implementations, IReadOnlyList<LawResult> Results, LawSampling Sampling)
{
    public LawResult Cell(int law, int implementation) => Results[(law * Implementations.Count) + implementation];

    /// <summary>The column of one implementation: its result for every law, in catalog order.</summary>
    public IEnumerable<LawResult> Column(int implementation) =>
        Enumerable.Range(0, Laws.Count).Select(law => Cell(law, implementation));

    public IEnumerable<LawFails> Failures => Results.OfType<LawFails>();

    public ExitCode ExitCode => Failures.Any() ? ExitCode.Failure : ExitCode.Success;
}
