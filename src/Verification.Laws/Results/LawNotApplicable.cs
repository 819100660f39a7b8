namespace Verification.Laws.Results;

/// <summary>The implementation lacks a kernel the law needs; nothing was checked.</summary>
/// <param name="LawName">The law's <see cref="ILaw.Name"/>.</param>
/// <param name="ImplementationName">The implementation's name.</param>
/// <param name="Reason">Which kernel is missing.</param>
public sealed record LawNotApplicable(string LawName, string ImplementationName, string Reason)
    : LawResult(LawName, ImplementationName)
{
    /// <inheritdoc/>
    public override string ToString() => $"{LawName} not applicable to {ImplementationName}: {Reason}";
}
