/** US first names by gender, each with the era of its popularity. */
export type BirthGender = 'boy' | 'girl';

/** One name's popularity curve: a bell around `peakYear`, `widthYears` wide, scaled by `weight`. */
export interface FirstName {
  name: string;
  gender: BirthGender;
  peakYear: number;
  widthYears: number;
  weight: number;
  /** Given more often in the states with large Hispanic communities. */
  isHispanic: boolean;
}

interface NameEra {
  peakYear: number;
  widthYears: number;
  /** How popular the era's first (most popular) name is; the rest follow a Zipf curve. */
  scale: number;
  isHispanic?: boolean;
  names: string;
}

const GIRL_ERAS: readonly NameEra[] = [
  {
    peakYear: 1952,
    widthYears: 20,
    scale: 1,
    names: `Mary Patricia Linda Barbara Susan Deborah Sandra Carol Sharon Donna Brenda Kathy Pamela
      Debra Cynthia Janet Diane Judy Carolyn Shirley Gloria Joyce Connie Peggy Beverly Judith
      Marilyn Gail Darlene Sheila Wanda Rita Vicki Marsha Glenda Bonnie Joan Nancy Betty Margaret
      Dorothy Helen Ruth Virginia Frances Jean Evelyn Martha Janice Phyllis Norma Elaine`,
  },
  {
    peakYear: 1967,
    widthYears: 10,
    scale: 0.9,
    names: `Lisa Karen Kimberly Michelle Tammy Laura Lori Julie Teresa Tina Dawn Cheryl Denise Kelly
      Christine Tracy Rhonda Robin Theresa Wendy Renee Sherry Jill Leslie Valerie Paula
      Jacqueline Kathleen Anne Tonya Sonya Carla Gina Stacey Traci Regina Sheri Lynn Beth`,
  },
  {
    peakYear: 1978,
    widthYears: 9,
    scale: 1,
    names: `Jennifer Amy Melissa Heather Angela Stephanie Nicole Rebecca Crystal Christina April Erin
      Misty Shannon Kristen Kristin Andrea Dana Tara Holly Carrie Jamie Stacy Monica Erica Kristy
      Tabitha Tasha Mandy Leah Kelli Natasha Jenny Kara Bridget`,
  },
  {
    peakYear: 1989,
    widthYears: 8,
    scale: 1,
    names: `Ashley Jessica Amanda Brittany Samantha Sarah Lauren Megan Rachel Danielle Kayla Courtney
      Chelsea Tiffany Kelsey Whitney Alicia Brittney Caitlin Lindsey Katie Natalie Jasmine Erika
      Kristina Cassandra Allison Amber Lindsay Kathryn Brandi Kendra Jenna Casey Meghan`,
  },
  {
    peakYear: 1998,
    widthYears: 8,
    scale: 0.95,
    names: `Emily Hannah Madison Taylor Alexis Abigail Alyssa Brianna Sydney Destiny Kaitlyn Morgan
      Haley Jordan Victoria Olivia Grace Savannah Mackenzie Kylie Sierra Paige Gabrielle Mariah
      Jade Bailey Autumn Shelby Trinity Katelyn Jada Kiara Marissa Breanna Hailey Makayla`,
  },
  {
    peakYear: 2012,
    widthYears: 8,
    scale: 1.05,
    names: `Emma Isabella Ava Sophia Chloe Addison Ella Lily Mia Avery Zoe Zoë Chloé Brooklyn Aubrey
      Layla Nevaeh Kaylee Peyton Arianna Riley Harper Aaliyah Gianna Scarlett Audrey Claire Aria
      Penelope Nora Stella Violet Makenna Lillian Addyson Kennedy Hadley Piper Eva Maya Naomi`,
  },
  {
    peakYear: 1985,
    widthYears: 60,
    scale: 0.4,
    names: `Elizabeth Anna Katherine Renée Catherine Rose Julia Alice Caroline Margot Lucy Charlotte Sara
      Amelia Molly Emilie Noémie Hélène Ingrid Leila Ruby`,
  },
  {
    peakYear: 1995,
    widthYears: 30,
    scale: 0.4,
    isHispanic: true,
    names: `Maria María Guadalupe Ana Rosa Veronica Adriana Gabriela Daniela Valeria Jimena
      Ximena Lucía Sofía Valentina Camila Mariana Fernanda Alejandra Karina Yesenia Araceli Marisol Itzel
      Esmeralda Paola Raquel Dulce Leticia Yolanda Maricela Beatriz Mónica Inés Belén`,
  },
];

const BOY_ERAS: readonly NameEra[] = [
  {
    peakYear: 1950,
    widthYears: 22,
    scale: 1,
    names: `James Robert John William Richard Charles Thomas Gary Larry Ronald Donald Kenneth Dennis
      Jerry Terry Steven Mark Paul Roger Gregory Douglas Randy Bruce Wayne Ricky Keith Frank
      George Raymond Danny Billy Carl Ralph Roy Eugene Harold Walter Arthur Jack Gerald Stanley
      Howard Phillip Alan Craig Dale Glen Leonard Norman Earl Fred`,
  },
  {
    peakYear: 1967,
    widthYears: 11,
    scale: 1,
    names: `Jeffrey Timothy Scott Brian Kevin Todd Eric Chad Jason Shawn Troy Darren Rodney
      Tony Curtis Darrell Marc Derek Jerome Rick Russell Shane Bryan Sean Jon Kurt Lance Glenn
      Duane Vincent Andre Bobby Jimmy Johnny Allen Tracy Mitchell Brent Darryl`,
  },
  {
    peakYear: 1980,
    widthYears: 10,
    scale: 1.05,
    names: `Christopher Matthew Joshua Daniel Justin Ryan Adam Andrew Nathan Aaron Jeremy Travis
      Dustin Corey Jared Nicholas Benjamin Jesse Derrick Bradley Joel Seth Casey Marcus Erik
      Adrian Jamie Jonathan Brett Clinton Heath Wesley Jeremiah Ian Isaac Lucas Kristopher`,
  },
  {
    peakYear: 1992,
    widthYears: 8,
    scale: 1,
    names: `Tyler Austin Zachary Cody Kyle Dylan Brandon Jordan Taylor Alexander Logan Hunter
      Trevor Garrett Caleb Devin Connor Blake Dalton Spencer Evan Cameron Colton Tanner Dakota
      Shelby Bryce Brady Chandler Colby Chase Devon Tristan Jake Mason Cole`,
  },
  {
    peakYear: 2008,
    widthYears: 8,
    scale: 1.05,
    names: `Jacob Ethan Aiden Jayden Noah Liam Elijah Landon Gavin Carter Jaxon Owen Gabriel Isaiah Jackson
      Brayden Carson Cooper Wyatt Julian Levi Eli Xavier Ayden Hudson Bentley Oliver Josiah
      Grayson Lincoln Ryder Kayden Parker Easton Nolan Dominic Micah Camden Brody Maddox Ezra`,
  },
  {
    peakYear: 1985,
    widthYears: 60,
    scale: 0.45,
    names: `Michael Joseph Anthony David Samuel Patrick Peter Henry Edward Stephen Nathaniel Timothé Zoltán
      Björn Jean-Luc Luke Max Leo Simon Oscar Philip`,
  },
  {
    peakYear: 1995,
    widthYears: 30,
    scale: 0.45,
    isHispanic: true,
    names: `Jose José Juan Luis Carlos Miguel Antonio Alejandro Jesus Jesús Ramón Andrés Nicolás
      Sebastián Matías Mateo Santiago Diego Ángel Adrián Francisco Javier Manuel Ricardo Fernando
      Jorge Eduardo Roberto Pedro Raúl Héctor Sergio Rubén Iván Joaquín Emiliano Óscar Julián
      Cristian Omar Rafael Alonso Efraín`,
  },
];

/** Zipf exponent within an era: its first names are much more common than its last. */
const ZIPF_EXPONENT = 0.9;

function namesOf(gender: BirthGender, eras: readonly NameEra[]): FirstName[] {
  return eras.flatMap((era) =>
    era.names
      .split(/\s+/)
      .filter((name) => name !== '')
      .map((name, rank) => ({
        name,
        gender,
        peakYear: era.peakYear,
        widthYears: era.widthYears,
        weight: era.scale / (rank + 1) ** ZIPF_EXPONENT,
        isHispanic: era.isHispanic ?? false,
      })),
  );
}

/** Every first name of the birth_names example, girls then boys (a name is unique per gender). */
export const FIRST_NAMES: readonly FirstName[] = [
  ...namesOf('girl', GIRL_ERAS),
  ...namesOf('boy', BOY_ERAS),
];
