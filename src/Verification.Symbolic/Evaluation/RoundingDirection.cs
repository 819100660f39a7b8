namespace Verification.Symbolic.Evaluation;

/// <summary>Which way a directed operation rounds a result that its precision cannot hold exactly.</summary>
public enum RoundingDirection
{
    /// <summary>Toward −∞: the result is ≤ the exact value.</summary>
    Down,

    /// <summary>Toward +∞: the result is ≥ the exact value.</summary>
    Up,
}
