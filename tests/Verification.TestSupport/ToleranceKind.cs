namespace Verification.TestSupport;

/// <summary>What a <see cref="Tolerance"/>'s bound measures.</summary>
public enum ToleranceKind
{
    /// <summary>|actual − expected| ≤ bound.</summary>
    Absolute,

    /// <summary>|actual − expected| ≤ bound·|expected|.</summary>
    Relative,

    /// <summary>|actual − expected| ≤ bound·ε·|expected|, ε the machine epsilon of the compared format.</summary>
    Epsilons,

    /// <summary>At most bound representable values between expected and actual (see <see cref="FloatingPoint.UlpDistance(double, double)"/>).</summary>
    Ulps,
}
