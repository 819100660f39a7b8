namespace Verification.Laws.Results;

/// <summary>The law failed; <paramref name="Worst"/> is the case with the largest error relative to its tolerance.</summary>
/// <param name="LawName">The law's <see cref="ILaw.Name"/>.</param>
/// <param name="ImplementationName">The implementation's name.</param>
/// <param name="Worst">The worst counterexample.</param>
/// <param name="CasesChecked">Inputs the law was evaluated on.</param>
/// <param name="FailingCases">How many of them failed.</param>
public sealed record LawFails(
    string LawName,
    string ImplementationName,
    Counterexample Worst,
    int CasesChecked,
    int FailingCases)
    : LawResult(LawName, ImplementationName)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{LawName} FAILS for {ImplementationName} on {FailingCases} of {CasesChecked} cases; worst: {Worst}";
}
