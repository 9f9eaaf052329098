// `.m` is both MATLAB/Octave and Objective-C. Without a MATLAB extension VS Code opens every `.m`
// file as Objective-C, so such a file is read as MATLAB unless it shows Objective-C's own syntax.

/** Lines only Objective-C (or its C preprocessor) starts with; MATLAB has none of them. */
const OBJC_LINE = /^[ \t]*(#import|#include|#define|#pragma|@interface|@implementation|@protocol|@end|@property|@class)\b/m;

/** True when the text of a `.m` file is Objective-C rather than MATLAB/Octave (looks at its first 64 kB). */
export function looksLikeObjectiveC(text: string): boolean {
  return OBJC_LINE.test(text.length > 65536 ? text.slice(0, 65536) : text);
}
