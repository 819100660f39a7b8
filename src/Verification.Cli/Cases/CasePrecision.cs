namespace Verification.Cli.Cases;

/// <summary><c>verification cases --precision</c>: the cases of the float laws, of the double laws, or of both (with the float-vs-double law).</summary>
internal enum CasePrecision
{
    /// <summary>Every law: float, double and float against double.</summary>
    Both,

    /// <summary>The float laws only (for a float32-only kernel, about half the file).</summary>
    Float,

    /// <summary>The double laws only.</summary>
    Double,
}
