namespace Verification.Laws.Results;

/// <summary>
/// The outcome of checking one law against one implementation: <see cref="LawHolds"/>, <see cref="LawFails"/>
/// (with the worst counterexample) or <see cref="LawNotApplicable"/> (a kernel the law needs is missing).
/// </summary>
/// <param name="LawName">The law's <see cref="ILaw.Name"/>.</param>
/// <param name="ImplementationName">The implementation's name.</param>
public abstract record LawResult(string LawName, string ImplementationName);
