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
    /// <summary>
    /// The worst case shrunk to the smallest input that still breaks the law (fewest entries, by the law's
    /// generator's shrinker), or null when nothing smaller fails or the law was checked on given inputs.
    /// </summary>
    public Counterexample? Smallest { get; init; }

    /// <summary>How to draw the worst case again (<see cref="ILaw.Replay"/>), or null when the inputs were given rather than generated.</summary>
    public CaseReplay? Replay { get; init; }

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = $"{LawName} FAILS for {ImplementationName} on {FailingCases} of {CasesChecked} cases; worst: {Worst}";
        if (Smallest is not null)
        {
            text += $"\nsmallest failing input: {Smallest}";
        }

        return Replay is null ? text : $"{text}\nreplay: {Replay}";
    }
}
