namespace Verification.Cli.Check;

/// <summary>The four outcomes a claim can have, as printed and as the JSON <c>verdict</c> field.</summary>
public enum ClaimVerdict
{
    /// <summary>Proved, or a solve question with at least one solution family.</summary>
    Proved,

    /// <summary>Refuted with a witness, or a solve question with no solution.</summary>
    Refuted,

    /// <summary>The engine could not settle it; the reason says why.</summary>
    Unknown,

    /// <summary>The text is not a claim.</summary>
    Error,
}
