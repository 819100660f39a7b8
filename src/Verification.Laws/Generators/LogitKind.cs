namespace Verification.Laws.Generators;

/// <summary>The hazard a generated logit vector exercises.</summary>
public enum LogitKind
{
    /// <summary>Entries in [−10, 10]: finite differences are accurate here.</summary>
    Ordinary,

    /// <summary>Entries in [−700, 700]: e^z alone would overflow or underflow near the ends.</summary>
    Wide,

    /// <summary>An offset of ±10⁴ … ±10⁶ plus an ordinary spread: naive softmax gives ∞/∞ = NaN.</summary>
    LargeOffset,

    /// <summary>All entries equal, at any scale: softmax is exactly uniform.</summary>
    Ties,

    /// <summary>One entry 40 … 800 above the others: softmax is nearly one-hot, the others underflow.</summary>
    Dominant,
}
