using System.Globalization;

namespace Verification.Laws.Results;

/// <summary>The law held on every case checked.</summary>
/// <param name="LawName">The law's <see cref="ILaw.Name"/>.</param>
/// <param name="ImplementationName">The implementation's name.</param>
/// <param name="CasesChecked">Inputs the law was evaluated on.</param>
/// <param name="CasesSkipped">Inputs outside the law's domain (for example all entries −∞).</param>
/// <param name="WorstErrorToToleranceRatio">max over cases of measured / allowed: how much of the budget was used.</param>
public sealed record LawHolds(
    string LawName,
    string ImplementationName,
    int CasesChecked,
    int CasesSkipped,
    double WorstErrorToToleranceRatio)
    : LawResult(LawName, ImplementationName)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{LawName} holds for {ImplementationName}: {CasesChecked} cases ({CasesSkipped} skipped), worst error/tolerance {WorstErrorToToleranceRatio:G3}");
}
