using Verification.Laws.Controls;
using Verification.Laws.Results;

namespace Verification.Laws.Tests.Controls;

/// <summary>
/// Every catalog law checked against every negative control on the law's own generated inputs (fixed seed),
/// computed once for the tests that read it: which controls each law catches.
/// </summary>
public sealed class CatchMatrix
{
    private static readonly LawSampling Sampling = new(Cases: 300, Seed: 2024);

    public CatchMatrix() =>
        Results = LawCatalog.All
            .SelectMany(static law => NegativeControls.All.Select(control => (law, control, result: law.CheckGenerated(control.Implementation, Sampling))))
            .ToList();

    public IReadOnlyList<(ILaw Law, NegativeControl Control, LawResult Result)> Results { get; }

    public IReadOnlyList<string> ControlsFailing(ILaw law) =>
        [.. Results.Where(entry => entry.Law == law && entry.Result is LawFails).Select(static entry => entry.Control.Implementation.Name)];
}
