// The imports nearly every kernel file repeated, declared once for the project: generic math over
// float and double (IFloatingPointIeee754, in 48 of the 56 files), the kernels' shared machinery
// (Verification.Numerics.Common: the guards, the unary and row kernels, the vector operations; in 25
// of the 35 files outside it) and the inlining attributes of the SIMD operators and loops.
global using System.Numerics;
global using System.Runtime.CompilerServices;
global using Verification.Numerics.Common;

// The double-precision MathNet types every kernel file with MathNet overloads names.
global using MathNetMatrix = MathNet.Numerics.LinearAlgebra.Matrix<double>;
global using MathNetVector = MathNet.Numerics.LinearAlgebra.Vector<double>;
