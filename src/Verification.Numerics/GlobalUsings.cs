// The imports the kernel files repeated, declared once for the project: generic math over float and
// double (IFloatingPointIeee754, imported by 48 of the 56 files), the kernels' shared machinery
// (Verification.Numerics.Common: the guards, the unary and row kernels, the vector operations; 25 of
// the 35 files outside it) and the inlining attributes (System.Runtime.CompilerServices, 20 files:
// every file with a SIMD operator or loop).
global using System.Numerics;
global using System.Runtime.CompilerServices;
global using Verification.Numerics.Common;

// The double-precision MathNet types every kernel file with MathNet overloads names.
global using MathNetMatrix = MathNet.Numerics.LinearAlgebra.Matrix<double>;
global using MathNetVector = MathNet.Numerics.LinearAlgebra.Vector<double>;
