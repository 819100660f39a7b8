namespace Verification.Laws.Generators;

/// <summary>A logit vector and the hazard it was generated for (shown when a property fails).</summary>
public sealed record LogitCase(double[] Z, LogitKind Kind)
{
    public int N => Z.Length;

    /// <summary>True where central differences are a trustworthy third witness.</summary>
    public bool AllowsFiniteDifferences => Kind == LogitKind.Ordinary;

    public override string ToString() => $"{Kind} n={N} z=[{string.Join(", ", Z.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}]";
}
