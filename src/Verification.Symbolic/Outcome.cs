using Verification.Symbolic.Decision;

namespace Verification.Symbolic;

/// <summary>
/// The four outcomes of a claim of any kind, the one classification every report is based on (the
/// CLI's exit code and counts, the catalog's checks). A <c>solve</c> question is <see cref="Proved"/>
/// when it has solutions and <see cref="Refuted"/> when it has none, stated once in
/// <see cref="EquivalenceChecked"/>.
/// </summary>
public enum Outcome
{
    /// <summary>Proved (for a family: every instance; for every n: the case argument), or solutions found.</summary>
    Proved,

    /// <summary>Refuted with a witness, or no values of the unknowns solve the equation.</summary>
    Refuted,

    /// <summary>The engine could not settle it; the reason says why.</summary>
    Unknown,

    /// <summary>The text is not a claim, or the engine failed on it.</summary>
    Error,
}

/// <summary>The outcome of a verdict.</summary>
public static class OutcomeOf
{
    public static Outcome Verdict(Verdict verdict) => verdict switch
    {
        Proved => Outcome.Proved,
        Refuted => Outcome.Refuted,
        _ => Outcome.Unknown,
    };
}
