namespace Verification.Laws;

/// <summary>Which kernels a law exercises.</summary>
public enum Precision
{
    /// <summary>The float kernels.</summary>
    SinglePrecision,

    /// <summary>The double kernels.</summary>
    DoublePrecision,

    /// <summary>Float kernels compared against double kernels.</summary>
    SingleAgainstDouble,
}
